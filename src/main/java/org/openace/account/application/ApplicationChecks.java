package org.openace.account.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openace.account.BusinessActivity;
import org.openace.account.IdentifierKind;
import org.openace.account.TradeIdentifier;
import org.openace.account.core.Identifiers;
import org.openace.account.core.SubAccounts;
import org.openace.account.core.TradeAccount;
import org.openace.account.core.TradeAccounts;
import org.openace.identity.UserDirectory;
import org.springframework.stereotype.Component;

/**
 * What a customs officer checks before deciding, and what the applicant is never told: whether the tax identifier or
 * an identifier already belongs to an account (and which), and whether the owner's user ID is taken.
 */
@Component
class ApplicationChecks {

    /** The findings for one application. */
    record Findings(@Nullable String taxIdentifierHeldBy, List<IdentifierFinding> identifiers,
                    boolean ownerUsernameTaken) {

        public boolean anyConflict() {
            return taxIdentifierHeldBy != null || ownerUsernameTaken
                    || identifiers.stream().anyMatch(i -> i.heldBy() != null);
        }
    }

    /** One identifier of the application and the account that holds it already, if any. */
    record IdentifierFinding(BusinessActivity activity, IdentifierKind kind, String display,
                             @Nullable String heldBy) {
    }

    private final TradeAccounts accounts;
    private final SubAccounts subAccounts;
    private final Identifiers identifiers;
    private final UserDirectory directory;

    ApplicationChecks(TradeAccounts accounts, SubAccounts subAccounts, Identifiers identifiers,
                      UserDirectory directory) {
        this.accounts = accounts;
        this.subAccounts = subAccounts;
        this.identifiers = identifiers;
        this.directory = directory;
    }

    Findings check(AccountApplication application) {
        String taxHeldBy = application.taxIdentifier().flatMap(accounts::findByTaxIdentifier)
                .map(TradeAccount::number).orElse(null);
        List<IdentifierFinding> found = new ArrayList<>();
        for (RequestedActivity activity : application.activities()) {
            for (TradeIdentifier identifier : activity.identifiers()) {
                found.add(new IdentifierFinding(activity.activity(), identifier.kind(), identifier.display(),
                        holder(identifier).orElse(null)));
            }
        }
        boolean taken = application.owner().flatMap(o -> directory.findByUsername(o.username())).isPresent();
        return new Findings(taxHeldBy, found, taken);
    }

    private Optional<String> holder(TradeIdentifier identifier) {
        return identifiers.findByValue(identifier)
                .flatMap(held -> subAccounts.find(held.subAccountId()))
                .flatMap(sub -> accounts.find(sub.accountId()))
                .map(TradeAccount::number);
    }
}
