package org.openace.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openace.identity.UserId;

/**
 * The numbers a payer is known to customs by, held by the sub-accounts of a user's own accounts on which the user holds
 * a function at a level (owners hold every function): the importer numbers of importer sub-accounts, narrowed to the
 * importer number a right names, and the filer codes of broker and filer sub-accounts, where the right is not narrowed
 * to one importer (a right on one client's entries is not a right on the broker's own payments) and names that filer
 * code or none. What the payments module offers a user to set payment options for. Importer numbers are shown masked
 * as the account module keeps them for display (a Social Security or IRS number never in the clear); filer codes are
 * public. Each is named by the id of its identifier.
 */
public interface PayerSubAccounts {

    record PayerNumberHeld(AccountId account, String accountName, SubAccountId subAccount, String subAccountName,
                           UUID identifierId, String display, boolean filerCode) {

        /** How pages name it: the sub-account, the account and the number (masked when an importer number). */
        public String label() {
            return subAccountName + " of " + accountName + " (" + numberTitle() + ")";
        }

        /** "importer number 12-34***" or "filer code A1B". */
        public String numberTitle() {
            return (filerCode ? "filer code " : "importer number ") + display;
        }

        /** What an access decision about this payer's data is about. */
        public DataRef dataRef() {
            return filerCode ? new DataRef(subAccount, null, identifierId, null)
                    : new DataRef(subAccount, identifierId, null, null);
        }
    }

    List<PayerNumberHeld> whereUser(UserId user, AccountFunction function, AccessLevel level);

    default Optional<PayerNumberHeld> whereUser(UserId user, AccountFunction function, AccessLevel level,
                                                UUID identifierId) {
        return whereUser(user, function, level).stream().filter(h -> h.identifierId().equals(identifierId))
                .findFirst();
    }

    /** An importer number held by an active importer sub-account, or a filer code by an active broker or filer
     *  sub-account, by its identifier's id, whoever asks. */
    Optional<PayerNumberHeld> held(UUID identifierId);
}
