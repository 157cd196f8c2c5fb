package org.openace.filing.search;

import org.openace.account.EntitledScope;
import org.openace.account.SubAccountId;

/** Whose view a search is of, which decides which rows it may return. */
sealed interface EntryAudience {

    /** A customs officer: every entry. */
    record Officer() implements EntryAudience {
    }

    /** A trade user: the entries of the sub-accounts they are entitled to, narrowed by their rights. */
    record Entitled(EntitledScope scope) implements EntryAudience {
    }

    /** An API token: the entries its filer sub-account filed. */
    record FilerSubAccount(SubAccountId subAccount) implements EntryAudience {
    }
}
