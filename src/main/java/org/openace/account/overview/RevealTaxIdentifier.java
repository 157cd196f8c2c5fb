package org.openace.account.overview;

import java.util.regex.Pattern;

import org.openace.account.AccessControl;
import org.openace.account.AccountDataNotFoundException;
import org.openace.account.AccountId;
import org.openace.account.AccountRole;
import org.openace.account.core.TradeAccounts;
import org.openace.identity.CurrentUser;
import org.openace.privacy.PersonalDataReveals;
import org.openace.privacy.RevealReason;
import org.openace.privacy.TaxIdentifier;
import org.springframework.stereotype.Component;

/**
 * The account owner sees the account's tax identifier in full, once, for a stated reason (A7); the reveal is
 * audited with the reason. Nobody else may: proxy owners and users see it masked.
 */
@Component
public class RevealTaxIdentifier {

    /** Five digits or more, with or without separators, and a suffix: what a typed identifier looks like. */
    private static final Pattern NUMBER = Pattern.compile("[0-9](?:[ .-]?[0-9]){4,}(?:[0-9A-Za-z]{2})?");

    private final AccessControl access;
    private final TradeAccounts accounts;
    private final PersonalDataReveals reveals;

    RevealTaxIdentifier(AccessControl access, TradeAccounts accounts, PersonalDataReveals reveals) {
        this.access = access;
        this.accounts = accounts;
        this.reveals = reveals;
    }

    /** @throws AccountDataNotFoundException if the actor is not the account's owner (the refusal is audited) */
    public TaxIdentifier reveal(CurrentUser actor, AccountId account, RevealReason reason, String note) {
        if (access.roleIn(actor.id(), account).filter(role -> role == AccountRole.OWNER).isEmpty()) {
            reveals.refused("TRADE_ACCOUNT", account.toString(), "NOT_OWNER");
            throw new AccountDataNotFoundException();
        }
        return reveals.reveal("TRADE_ACCOUNT", account.toString(), reason, withoutNumbers(note),
                () -> accounts.openTaxIdentifier(account));
    }

    /**
     * The note as kept in the audit trail: a reason needs no long numbers, and a number typed into it (the very
     * identifier, with or without its dashes) must not end up in the trail; nor control characters.
     */
    public static String withoutNumbers(String note) {
        String text = note == null ? "" : note.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return NUMBER.matcher(text).replaceAll("[number left out]");
    }
}
