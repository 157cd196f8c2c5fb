package org.openace.account;

import java.util.List;

import org.openace.identity.UserId;

/**
 * The other way round from {@link AccessControl}: which trade users may reach what a data id names (an entry by its
 * number, a CBP form by its action number: the kinds of the {@link DataResolver}s), for a function at a level, by the
 * same rules ({@code entitled_sub_accounts}: owners, rights, grants, delegations, client groups, each narrowed by
 * importer number, filer code and port). For telling people what happened, never for deciding access: a page still
 * asks {@link AccessControl} when the user comes to look.
 */
public interface EntitledUsers {

    /**
     * The active members of the accounts that hold or were granted the data's sub-accounts who may reach it now, each
     * once, in no particular order; empty when the id names nothing or no sub-account holds the data.
     */
    List<UserId> whoMay(AccountFunction function, AccessLevel level, String kind, String id);

    /**
     * The sub-accounts the data is visible from (for a CBP form: the importer's, and the filer's where the importer
     * designates it for courtesy copies), each once; empty when the id names nothing. For telling the accounts that
     * hold the data, as webhooks do, not the accounts granted it.
     */
    List<SubAccountId> heldBy(String kind, String id);
}
