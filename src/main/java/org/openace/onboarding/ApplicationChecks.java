package org.openace.onboarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openace.account.BusinessActivity;
import org.openace.account.IdentifierKind;
import org.openace.account.TradeAccount;
import org.openace.account.TradeAccountRegister;
import org.openace.account.TradeIdentifier;
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

    private final TradeAccountRegister accounts;
    private final UserDirectory directory;

    ApplicationChecks(TradeAccountRegister accounts, UserDirectory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    Findings check(AccountApplication application) {
        String taxHeldBy = application.taxIdentifier().flatMap(accounts::holderOfTaxIdentifier)
                .map(TradeAccount::number).orElse(null);
        List<IdentifierFinding> found = new ArrayList<>();
        for (RequestedActivity activity : application.activities()) {
            for (TradeIdentifier identifier : application.identifiersOf(activity)) {
                found.add(new IdentifierFinding(activity.activity(), identifier.kind(), identifier.display(),
                        holder(identifier).orElse(null)));
            }
        }
        boolean taken = application.owner().flatMap(o -> directory.findByUsername(o.username())).isPresent();
        return new Findings(taxHeldBy, found, taken);
    }

    private Optional<String> holder(TradeIdentifier identifier) {
        return accounts.holderOfIdentifier(identifier).map(TradeAccount::number);
    }
}
