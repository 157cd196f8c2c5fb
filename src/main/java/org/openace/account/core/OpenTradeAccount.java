package org.openace.account.core;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.openace.account.AccountOpened;
import org.openace.account.AccountOpening;
import org.openace.account.AccountRole;
import org.openace.account.DuplicateIdentifierException;
import org.openace.account.IdentifierKind;
import org.openace.account.TradeAccount;
import org.openace.account.TradeIdentifier;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.Role;
import org.openace.identity.UserDirectory;
import org.openace.identity.UserSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a trade account with its sub-accounts (active: a customs officer approved them with the application),
 * identifiers, owner and contacts, all or nothing. A new owner gets a welcome e-mail with the link to set a password.
 */
@Component
public class OpenTradeAccount {

    /** The account opened. */
    public record Opened(TradeAccount account, UserSummary owner, List<SubAccount> subAccounts) {
    }

    private final TradeAccounts accounts;
    private final SubAccounts subAccounts;
    private final Identifiers identifiers;
    private final Memberships memberships;
    private final UserDirectory directory;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OpenTradeAccount(TradeAccounts accounts, SubAccounts subAccounts, Identifiers identifiers, Memberships memberships,
                     UserDirectory directory, JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events,
                     Clock clock) {
        this.accounts = accounts;
        this.subAccounts = subAccounts;
        this.identifiers = identifiers;
        this.memberships = memberships;
        this.directory = directory;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws DuplicateIdentifierException if the tax identifier or an identifier belongs to another account
     * @throws IllegalArgumentException if a sub-account lacks an identifier its activity requires
     * @throws org.openace.identity.UserDirectory.UsernameTakenException if the new owner's user ID is taken
     */
    @Transactional
    public Opened open(AccountOpening opening) {
        for (AccountOpening.NewSubAccount sub : opening.subAccounts()) {
            requireIdentifiers(sub);
        }
        if (accounts.existsWithTaxIdentifier(opening.company().taxIdentifier())) {
            throw new DuplicateIdentifierException(null);
        }
        for (AccountOpening.NewSubAccount sub : opening.subAccounts()) {
            for (TradeIdentifier identifier : sub.identifiers()) {
                if (identifiers.exists(identifier)) {
                    throw new DuplicateIdentifierException(identifier.kind());
                }
            }
        }
        TradeAccount account = accounts.insert(opening.company());
        audit.record(AuditRecord.of("ACCOUNT_OPENED", AuditOutcome.SUCCESS).object("TRADE_ACCOUNT", account.id())
                .detail("number", account.number()).detail("taxIdKind", account.taxIdKind()));
        List<SubAccount> opened = new ArrayList<>();
        for (AccountOpening.NewSubAccount sub : opening.subAccounts()) {
            SubAccount subAccount = subAccounts.insert(account.id(), sub.activity(), sub.name(), SubAccount.Status.ACTIVE, null);
            opened.add(subAccount);
            audit.record(AuditRecord.of("SUB_ACCOUNT_ADDED", AuditOutcome.SUCCESS).object("SUB_ACCOUNT", subAccount.id())
                    .detail("account", account.id()).detail("activity", sub.activity()));
            for (TradeIdentifier identifier : sub.identifiers()) {
                Identifier added = identifiers.insert(subAccount.id(), identifier);
                audit.record(AuditRecord.of("IDENTIFIER_ADDED", AuditOutcome.SUCCESS).object("IDENTIFIER", added.id())
                        .detail("subAccount", subAccount.id()).detail("kind", identifier.kind()));
            }
        }
        UserSummary owner = owner(opening, account);
        memberships.add(account.id(), owner.id(), AccountRole.OWNER, Membership.Status.ACTIVE, null);
        audit.record(AuditRecord.of("ACCOUNT_MEMBER_ADDED", AuditOutcome.SUCCESS).object("TRADE_ACCOUNT", account.id())
                .detail("user", owner.id()).detail("role", AccountRole.OWNER));
        for (AccountOpening.NewContact contact : opening.contacts()) {
            jdbc.sql("""
                    insert into account_contact (id, account_id, kind, name, title, email, phone, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    """).param(UUID.randomUUID()).param(account.id().value()).param(contact.kind()).param(contact.name())
                    .param(contact.title()).param(contact.email()).param(contact.phone())
                    .param(Timestamp.from(clock.instant())).update();
        }
        events.publishEvent(new AccountOpened(account.id(), owner.id()));
        return new Opened(account, owner, opened);
    }

    private UserSummary owner(AccountOpening opening, TradeAccount account) {
        AccountOpening.Owner owner = opening.owner();
        if (owner.existing() != null) {
            return directory.find(owner.existing()).orElseThrow();
        }
        return directory.createAndInvite(owner.username(), owner.name(), owner.email(), Set.of(Role.TRADE),
                "you are the owner of the trade account of " + account.legalName() + " (" + account.number() + ")");
    }

    private static void requireIdentifiers(AccountOpening.NewSubAccount sub) {
        Set<IdentifierKind> present = EnumSet.noneOf(IdentifierKind.class);
        sub.identifiers().forEach(i -> present.add(i.kind()));
        for (IdentifierKind needed : sub.activity().identifiers()) {
            if (!present.contains(needed)) {
                throw new IllegalArgumentException("A " + org.openace.platform.Sentences.inSentence(sub.activity().title())
                        + " sub-account needs its " + org.openace.platform.Sentences.inSentence(needed.title()));
            }
        }
        for (IdentifierKind kind : present) {
            if (!sub.activity().identifiers().contains(kind)) {
                throw new IllegalArgumentException("A " + org.openace.platform.Sentences.inSentence(sub.activity().title())
                        + " sub-account has no " + org.openace.platform.Sentences.inSentence(kind.title()));
            }
        }
    }
}
