package org.openace.account;

import java.util.List;

/**
 * What a data id names, for an access decision ({@link AccessControl#may(org.openace.identity.UserId,
 * AccountFunction, AccessLevel, DataTarget)}): a piece of data reached through any of the sub-accounts it is visible
 * from, or an account as a whole.
 */
public sealed interface DataTarget {

    /**
     * A piece of data visible from each of these (an entry from the importer's sub-account by importer number and
     * from the filer's by filer code): the user may reach it if they may reach any one of them.
     */
    static DataTarget anyOf(DataRef... refs) {
        return new Data(List.of(refs));
    }

    static DataTarget anyOf(List<DataRef> refs) {
        return new Data(List.copyOf(refs));
    }

    /** An account as a whole: reached by whoever may reach some sub-account of it. */
    static DataTarget account(AccountId account) {
        return new WholeAccount(account);
    }

    record Data(List<DataRef> refs) implements DataTarget {
        public Data {
            refs = List.copyOf(refs);
        }
    }

    record WholeAccount(AccountId account) implements DataTarget {
    }
}
