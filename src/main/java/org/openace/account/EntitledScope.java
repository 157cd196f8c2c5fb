package org.openace.account;

import java.util.Map;

/**
 * The data a user may reach, as a table expression to join in a query so that lists are narrowed inside the
 * database. Join it on the row's sub-account and apply the narrowing columns:
 * <pre>
 * select ... from entry_summary e
 * join {scope.table("ent")} on ent.sub_account_id = e.sub_account_id
 *   and (ent.importer_identifier_id is null or ent.importer_identifier_id = e.importer_identifier_id)
 *   and (ent.filer_identifier_id is null or ent.filer_identifier_id = e.filer_identifier_id)
 *   and (ent.port = '9900' or ent.port = e.port)
 * </pre>
 *
 * @param parameters the named parameters the table expression uses, to add to the query
 */
public record EntitledScope(Map<String, Object> parameters) {

    /** The table expression, aliased. Columns: sub_account_id, importer_identifier_id, filer_identifier_id, port. */
    public String table(String alias) {
        if (!alias.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not an SQL alias: " + alias);
        }
        return "entitled_sub_accounts(:access_user, :access_function, :access_level, :access_today) " + alias;
    }

    /**
     * The same rows, each once, through a PL/pgSQL function whose plan is kept per connection (V5_9_7): for a query
     * that reads the scope once into a materialized common table and joins it several times, or counts over a broad
     * scope (a broker with thousands of clients), where inlining the function would cost more to plan than to run.
     */
    public String rows(String alias) {
        if (!alias.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not an SQL alias: " + alias);
        }
        return "entitled_scope_rows(:access_user, :access_function, :access_level, :access_today) " + alias;
    }
}
