package org.openace.filing.search;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The SQL of one page of a search, written so that the database walks an index in the page's order and stops after
 * {@code limit} rows, whatever page it is (keyset paging: the page starts after the cursor's row, never at an
 * offset).
 * <ul>
 * <li>Officers: {@code entry_summary} in order ({@code entry_summary_date_ix}, or {@code entry_summary_importer_ix}
 * when an importer is given).</li>
 * <li>A token: the rows of its filer sub-account ({@code entry_summary_filer_sub_ix}).</li>
 * <li>A trade user: for each sub-account the user is entitled to ({@code entitled_sub_accounts}), the first rows
 * held by it as importer's and as filer's sub-account, each through its own index
 * ({@code entry_summary_importer_sub_ix}, {@code entry_summary_filer_sub_ix}) narrowed by the entitlement's
 * importer, filer and port, then the first of all these (UNION removes an entry seen twice). Each branch's first
 * {@code limit} rows hold every row of the overall first {@code limit}, so nothing is missed.</li>
 * </ul>
 * For trade users and tokens the page is read with bitmap scans off ({@link #orderedScansOnly}): PostgreSQL
 * estimates the rows of a sub-account from the average, so for an importer with a million entries it would otherwise
 * read them all through a bitmap and sort them to keep 51 (measured: docs/benchmarks.md).
 */
final class EntrySearchSql {

    static final String COLUMNS = "entry_number, entry_type, summary_date, entry_date, port_of_entry, "
            + "importer_display, filer_code, status, release_status, line_count, entered_value, duty, tax, fees, other";

    private static final String NARROWED = """
            (ent.importer_identifier_id is null or ent.importer_identifier_id = e.importer_identifier_id)
            and (ent.filer_identifier_id is null or ent.filer_identifier_id = e.filer_identifier_id)
            and (ent.port = '9900' or ent.port = e.port_of_entry)""";

    private EntrySearchSql() {
    }

    record Statement(String sql, Map<String, Object> parameters) {
    }

    /** Whether the page must be read by walking the visibility index in order (trade users and tokens). */
    static boolean orderedScansOnly(EntryAudience audience) {
        return !(audience instanceof EntryAudience.Officer);
    }

    static Statement page(EntryAudience audience, EntryFilter filter, @Nullable SearchCursor after, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> conditions = conditions(filter, after, parameters);
        parameters.put("limit", limit);
        String order = filter.sort().orderBy("e.");
        String sql = switch (audience) {
            case EntryAudience.Officer officer -> "select " + qualified() + " from entry_summary e"
                    + where(conditions) + " order by " + order + " limit :limit";
            case EntryAudience.FilerSubAccount token -> {
                parameters.put("tokenSub", token.subAccount().value());
                List<String> all = new ArrayList<>(conditions);
                all.addFirst("e.filer_sub_account_id = :tokenSub");
                yield "select " + qualified() + " from entry_summary e" + where(all) + " order by " + order
                        + " limit :limit";
            }
            case EntryAudience.Entitled entitled -> {
                parameters.putAll(entitled.scope().parameters());
                // entitled_sub_accounts (EntitledScope) through entry_search_scope (V4_3_1): each row once, planned once
                // per connection instead of inlined into this query
                String scope = "entry_search_scope(:access_user, :access_function, :access_level, :access_today) ent";
                yield "select " + COLUMNS + " from ("
                        + branch(scope, "importer_sub_account_id", conditions, order)
                        + " union "
                        + branch(scope, "filer_sub_account_id", conditions, order)
                        + ") u order by " + filter.sort().orderBy("") + " limit :limit";
            }
        };
        return new Statement(sql, parameters);
    }

    private static String branch(String scope, String column, List<String> conditions, String order) {
        List<String> all = new ArrayList<>();
        all.add("e." + column + " = ent.sub_account_id");
        all.add(NARROWED);
        all.addAll(conditions);
        return "select v.* from " + scope + " cross join lateral (select " + qualified() + " from entry_summary e"
                + where(all) + " order by " + order + " limit :limit) v";
    }

    private static String qualified() {
        return "e." + COLUMNS.replace(", ", ", e.");
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join("\n and ", conditions);
    }

    private static List<String> conditions(EntryFilter filter, @Nullable SearchCursor after,
                                           Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.summaryFrom() != null) {
            conditions.add("e.summary_date >= :summaryFrom");
            parameters.put("summaryFrom", Date.valueOf(filter.summaryFrom()));
        }
        if (filter.summaryTo() != null) {
            conditions.add("e.summary_date <= :summaryTo");
            parameters.put("summaryTo", Date.valueOf(filter.summaryTo()));
        }
        if (filter.entryFrom() != null) {
            conditions.add("e.entry_date >= :entryFrom");
            parameters.put("entryFrom", Date.valueOf(filter.entryFrom()));
        }
        if (filter.entryTo() != null) {
            conditions.add("e.entry_date <= :entryTo");
            parameters.put("entryTo", Date.valueOf(filter.entryTo()));
        }
        if (filter.entryType() != null) {
            conditions.add("e.entry_type = cast(:entryType as char(2))");
            parameters.put("entryType", filter.entryType());
        }
        if (filter.port() != null) {
            conditions.add("e.port_of_entry = cast(:port as char(4))");
            parameters.put("port", filter.port());
        }
        if (filter.importerDigest() != null) {
            conditions.add("e.importer_digest = :importerDigest");
            parameters.put("importerDigest", filter.importerDigest());
        }
        if (filter.filerCode() != null) {
            conditions.add("e.filer_code = cast(:filerCode as char(3))");
            parameters.put("filerCode", filter.filerCode());
        }
        if (filter.status() != null) {
            conditions.add("e.status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.releaseStatus() != null) {
            conditions.add("e.release_status = :releaseStatus");
            parameters.put("releaseStatus", filter.releaseStatus().name());
        }
        if (filter.hts() != null) {
            conditions.add("e.hts_prefixes @> array[cast(:hts as text)]");
            parameters.put("hts", filter.hts());
        }
        if (filter.country() != null) {
            conditions.add("e.origin_countries @> array[cast(:country as char(2))]");
            parameters.put("country", filter.country());
        }
        if (filter.liquidatingBefore() != null) {
            conditions.add("e.liquidation_date < :liquidatingBefore");
            parameters.put("liquidatingBefore", Date.valueOf(filter.liquidatingBefore()));
        }
        if (after != null) {
            String comparison = after.sort().descending() ? "<" : ">";
            parameters.put("afterNumber", after.entryNumber());
            if (after.sort().dateColumn() == null) {
                conditions.add("e.entry_number " + comparison + " cast(:afterNumber as char(11))");
            }
            else {
                parameters.put("afterDate", Date.valueOf(after.date()));
                conditions.add("(e." + after.sort().dateColumn() + ", e.entry_number) " + comparison
                        + " (:afterDate, cast(:afterNumber as char(11)))");
            }
        }
        return conditions;
    }
}
