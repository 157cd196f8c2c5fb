package org.openace.filing.detail;

import java.util.List;
import java.util.stream.Collectors;

import org.openace.account.EntitledScope;

/**
 * The entries a user may see that meet a condition, each once, as SQL for counts over a broad scope (ADR 021): a
 * broker that files for 5,000 clients who granted it their entries sees most entries from both the filer's and the
 * importer's side, and making them one with {@code union} hashed every entry seen twice. Here they come in three
 * disjoint parts, joined by {@code union all}:
 * <ol>
 * <li>through the sub-accounts the user reaches without narrowing ({@code whole}): every entry they filed, each once
 * (one row per sub-account), read only for those that file at all ({@code whole_filers});</li>
 * <li>from the importers' side through {@code whole}, only the entries of pairs ({@code entry_filer_pair}, V5_9_9)
 * whose filer is not in {@code whole}: the others are in the first part;</li>
 * <li>through narrowed entitlements (an importer number, a filer code, a port) on sub-accounts not in {@code whole},
 * both sides made one by {@code union}, only entries with neither side in {@code whole}.</li>
 * </ol>
 * A scope row without narrowing reaches every entry of its sub-account from either side, so the first two parts hold
 * exactly the entries reached through {@code whole}, the third those reached only through narrowed rows: the same
 * entries, with the same narrowing, as the entry search joins its scope. Each look-up is a lateral subquery kept
 * apart ({@code offset 0}): one probe of the indexes per sub-account, whatever the planner estimates of the scope
 * (a few rows, from the function's {@code ROWS}), which otherwise scanned an index whole per scope row.
 */
final class VisibleEntries {

    private VisibleEntries() {
    }

    /**
     * The user's scope read once ({@code ent}), split into {@code whole} and {@code narrowed}, and the sub-accounts of
     * {@code whole} that file entries at all ({@code whole_filers}, from {@code entry_filer}): a with clause.
     */
    static String scopeOf(EntitledScope scope) {
        return """
                with ent as materialized (
                    select sub_account_id, importer_identifier_id, filer_identifier_id, port from %s),
                whole as materialized (
                    select distinct sub_account_id from ent
                    where importer_identifier_id is null and filer_identifier_id is null and port = '9900'),
                whole_filers as materialized (
                    select w.sub_account_id from whole w
                    where exists (select 1 from entry_filer f where f.filer_sub_account_id = w.sub_account_id)),
                narrowed as materialized (
                    select * from ent where sub_account_id not in (select sub_account_id from whole))
                """.formatted(scope.rows("s"));
    }

    /**
     * The columns of the entries ({@code entry_summary e}) the user may see that meet the condition, each entry once:
     * a query to use after {@link #scopeOf}.
     *
     * @param columns   columns of {@code entry_summary}, by name
     * @param condition on {@code e}, with named parameters
     */
    static String visible(List<String> columns, String condition) {
        return """
                select e.* from whole_filers w cross join lateral (
                    select %1$s from entry_summary e
                    where e.filer_sub_account_id = w.sub_account_id and (%2$s) offset 0) e
                union all
                """.formatted(inner(columns), condition) + notFiledByWhole(columns, condition);
    }

    /**
     * The same without the first part: the entries the user may see that no sub-account of {@code whole} filed, each
     * once, for counts that take the first part from the per filer tallies (V5_9_10).
     */
    static String notFiledByWhole(List<String> columns, String condition) {
        String outer = columns.stream().map(c -> "x." + c).collect(Collectors.joining(", "));
        return """
                select e.* from whole w
                join entry_filer_pair p on p.importer_sub_account_id = w.sub_account_id
                cross join lateral (
                    select %1$s from entry_summary e
                    where e.importer_sub_account_id = p.importer_sub_account_id
                      and e.filer_sub_account_id is not distinct from p.filer_sub_account_id and (%3$s) offset 0) e
                where p.filer_sub_account_id is null
                   or p.filer_sub_account_id not in (select sub_account_id from whole)
                union all
                select %2$s
                from (select e.* from narrowed n cross join lateral (
                          select %1$s, e.importer_sub_account_id as seen_importer, e.filer_sub_account_id as seen_filer
                          from entry_summary e
                          where e.importer_sub_account_id = n.sub_account_id
                            and (e.importer_identifier_id is null or n.importer_identifier_id is null
                                 or n.importer_identifier_id = e.importer_identifier_id)
                            and (n.port = '9900' or n.port = e.port_of_entry) and (%3$s) offset 0) e
                      union
                      select e.* from narrowed n cross join lateral (
                          select %1$s, e.importer_sub_account_id as seen_importer, e.filer_sub_account_id as seen_filer
                          from entry_summary e
                          where e.filer_sub_account_id = n.sub_account_id
                            and (e.filer_identifier_id is null or n.filer_identifier_id is null
                                 or n.filer_identifier_id = e.filer_identifier_id)
                            and (n.port = '9900' or n.port = e.port_of_entry) and (%3$s) offset 0) e) x
                where (x.seen_importer is null or x.seen_importer not in (select sub_account_id from whole))
                  and (x.seen_filer is null or x.seen_filer not in (select sub_account_id from whole))
                """.formatted(inner(columns), outer, condition);
    }

    private static String inner(List<String> columns) {
        for (String column : columns) {
            if (!column.matches("[a-z_]+")) {
                throw new IllegalArgumentException("Not a column: " + column);
            }
        }
        return columns.stream().map(c -> "e." + c).collect(Collectors.joining(", "));
    }
}
