package org.openace.account;

import java.util.List;
import java.util.Optional;

import org.openace.identity.UserId;

/**
 * The broker and filer sub-accounts, with their filer codes, under which a user may file entry summaries on the
 * portal (an upload of a file of summaries): active sub-accounts of the user's own accounts, where the user holds
 * {@code ENTRIES} at {@code EDIT} (owners hold it everywhere), narrowed to the filer code a right names.
 */
public interface FilerSubAccounts {

    record FilerSubAccount(AccountId account, SubAccountId subAccount, String name, String filerCode) {

        /** How forms show the choice: the sub-account's name and its filer code. */
        public String label() {
            return name + " (filer code " + filerCode + ")";
        }
    }

    List<FilerSubAccount> whereUserFiles(UserId user);

    default Optional<FilerSubAccount> whereUserFiles(UserId user, SubAccountId subAccount, String filerCode) {
        return whereUserFiles(user).stream()
                .filter(f -> f.subAccount().equals(subAccount) && f.filerCode().equals(filerCode)).findFirst();
    }
}
