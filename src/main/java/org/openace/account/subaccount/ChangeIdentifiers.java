package org.openace.account.subaccount;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccountDataNotFoundException;
import org.openace.account.AccountId;
import org.openace.account.DuplicateIdentifierException;
import org.openace.account.IdentifierKind;
import org.openace.account.SubAccountId;
import org.openace.account.TradeIdentifier;
import org.openace.account.core.AccountAudit;
import org.openace.account.core.AccountChangeRefusedException;
import org.openace.account.core.Identifier;
import org.openace.account.core.Identifiers;
import org.openace.account.core.Problems;
import org.openace.account.core.SubAccount;
import org.openace.account.core.SubAccounts;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An owner or proxy owner adds an identifier to a sub-account (of a kind its activity uses, not held by any
 * sub-account), or removes one (never the last one of a kind the activity requires, nor one that rights are narrowed
 * to). Closed and rejected sub-accounts are not changed.
 */
@Component
class ChangeIdentifiers {

    private final SubAccounts subAccounts;
    private final Identifiers identifiers;
    private final IdentifierUniqueness uniqueness;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    ChangeIdentifiers(SubAccounts subAccounts, Identifiers identifiers, IdentifierUniqueness uniqueness,
                      AuditTrail audit, TransactionTemplate transaction) {
        this.subAccounts = subAccounts;
        this.identifiers = identifiers;
        this.uniqueness = uniqueness;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** @throws AccountChangeRefusedException with a problem about {@code kind} or {@code value} */
    public Identifier add(CurrentUser actor, AccountId account, SubAccountId subAccount, @Nullable String kind,
                          @Nullable String value) {
        return AccountAudit.refusalsAudited(audit, "IDENTIFIER_ADDED", actor, "SUB_ACCOUNT", subAccount, account,
                () -> transaction.execute(status -> {
                    SubAccount sub = openSubAccount(account, subAccount);
                    IdentifierKind parsedKind = SubAccountInput.kind(kind)
                            .filter(k -> sub.activity().identifiers().contains(k))
                            .orElseThrow(() -> AccountChangeRefusedException.field("VALIDATION_FAILED", "kind",
                                    sub.activity().identifiers().isEmpty()
                                            ? "A " + org.openace.platform.Sentences.inSentence(sub.activity().title())
                                            + " sub-account has no identifiers."
                                            : "Choose the kind of identifier."));
                    Problems problems = new Problems();
                    TradeIdentifier identifier = SubAccountInput.identifier(parsedKind, value, "value", problems)
                            .orElse(null);
                    problems.throwIfAny();
                    uniqueness.requireFree(account, identifier, "value");
                    Identifier stored;
                    try {
                        stored = identifiers.insert(subAccount, identifier);
                    }
                    catch (DuplicateIdentifierException e) {
                        throw IdentifierUniqueness.taken(identifier, "value");
                    }
                    audit.record(AccountAudit.done("IDENTIFIER_ADDED", actor, "IDENTIFIER", stored.id(), account)
                            .detail("subAccount", subAccount).detail("kind", parsedKind));
                    return stored;
                }));
    }

    /**
     * @throws AccountDataNotFoundException if the sub-account does not hold the identifier
     * @throws AccountChangeRefusedException if the identifier is needed or in use
     */
    public void remove(CurrentUser actor, AccountId account, SubAccountId subAccount, UUID identifierId) {
        AccountAudit.refusalsAudited(audit, "IDENTIFIER_REMOVED", actor, "SUB_ACCOUNT", subAccount, account,
                () -> transaction.execute(status -> {
                    SubAccount sub = openSubAccount(account, subAccount);
                    List<Identifier> held = identifiers.ofSubAccount(subAccount);
                    Identifier removed = held.stream().filter(i -> i.id().equals(identifierId)).findFirst()
                            .orElseThrow(AccountDataNotFoundException::new);
                    long sameKind = held.stream().filter(i -> i.kind() == removed.kind()).count();
                    if (sameKind == 1 && sub.activity().identifiers().contains(removed.kind())) {
                        throw AccountChangeRefusedException.conflict("IDENTIFIER_REQUIRED", "A "
                                + org.openace.platform.Sentences.inSentence(sub.activity().title()) + " sub-account needs at least one "
                                + IdentifierWords.of(removed.kind()) + ". Add the new one first, then remove this one.");
                    }
                    int narrowed = identifiers.rightsNarrowedTo(identifierId);
                    if (narrowed > 0) {
                        throw inUse(removed, narrowed + (narrowed == 1 ? " right is" : " rights are")
                                + " narrowed to it. Change those rights first.");
                    }
                    try {
                        identifiers.delete(subAccount, identifierId);
                    }
                    catch (DataIntegrityViolationException e) {
                        throw inUse(removed, "Trade data of the account refers to it.");
                    }
                    audit.record(AccountAudit.done("IDENTIFIER_REMOVED", actor, "IDENTIFIER", identifierId, account)
                            .detail("subAccount", subAccount).detail("kind", removed.kind()));
                    return removed;
                }));
    }

    private SubAccount openSubAccount(AccountId account, SubAccountId id) {
        SubAccount sub = subAccounts.findForUpdate(id).filter(s -> s.accountId().equals(account))
                .orElseThrow(AccountDataNotFoundException::new);
        if (sub.status() == SubAccount.Status.CLOSED || sub.status() == SubAccount.Status.REJECTED) {
            throw AccountChangeRefusedException.conflict("SUB_ACCOUNT_CLOSED",
                    "This sub-account is " + sub.status().name().toLowerCase(Locale.ROOT) + "; its identifiers stay as they are.");
        }
        return sub;
    }

    private static AccountChangeRefusedException inUse(Identifier identifier, String why) {
        return AccountChangeRefusedException.conflict("IDENTIFIER_IN_USE", "This "
                + IdentifierWords.of(identifier.kind()) + " cannot be removed: " + why);
    }
}
