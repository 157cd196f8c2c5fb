package org.openace.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openace.identity.UserId;

/**
 * The importer numbers of the importer sub-accounts of a user's own accounts on which the user holds a function at a
 * level (owners hold every function), narrowed to the importer number a right names: what the payments module offers
 * a user to set payment options for. Importer numbers are shown masked as the account module keeps them for display
 * (a Social Security or IRS number never in the clear), and named by the id of their identifier.
 */
public interface ImporterSubAccounts {

    record ImporterNumberHeld(AccountId account, String accountName, SubAccountId subAccount, String subAccountName,
                              UUID identifierId, String importerDisplay) {

        /** How pages name it: the sub-account, the account and the masked importer number. */
        public String label() {
            return subAccountName + " of " + accountName + " (importer number " + importerDisplay + ")";
        }
    }

    List<ImporterNumberHeld> whereUser(UserId user, AccountFunction function, AccessLevel level);

    default Optional<ImporterNumberHeld> whereUser(UserId user, AccountFunction function, AccessLevel level,
                                                   UUID identifierId) {
        return whereUser(user, function, level).stream().filter(h -> h.identifierId().equals(identifierId))
                .findFirst();
    }

    /** An importer number held by an active importer sub-account, by its identifier's id, whoever asks. */
    Optional<ImporterNumberHeld> held(UUID identifierId);
}
