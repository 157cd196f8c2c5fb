package org.openace.filing.detail;

import java.sql.Date;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openace.account.AccessControl;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.EntitledScope;
import org.openace.filing.EntryActionCounts;
import org.openace.identity.UserId;
import org.openace.platform.IdentifiedPrincipal;
import org.openace.platform.home.WaitingItem;
import org.openace.platform.home.WorkWaiting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A trade user's numbers of entries on the home page (F4), each counted over the entries they may see (their scope
 * joined in the query, with the same narrowing by importer, filer and port as the access decision on one entry) and
 * each linking to the entry search filtered the same way: entries of this week (summary date Monday to Sunday,
 * UTC), rejected entries waiting to be resubmitted, entries whose cargo is held, entries whose liquidation is
 * scheduled within 30 days (on a date before today + 31 days: {@code liquidatingBefore} is exclusive). The last three start from the partial indexes of V4_1_1, which hold only the few entries
 * in those states; the first from each sub-account's index by summary date. An entry visible twice (from the
 * importer's and the filer's side) counts once. Users of no trade account (officers, administrators) reach no
 * sub-account, so every count is 0 and nothing is shown.
 */
@Component
class EntriesWaiting implements WorkWaiting {

    private final AccessControl access;
    private final JdbcClient jdbc;
    private final Clock clock;

    EntriesWaiting(AccessControl access, JdbcClient jdbc, Clock clock) {
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<WaitingItem> waitingFor(IdentifiedPrincipal user) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        LocalDate before = today.plusDays(EntryActionCounts.LIQUIDATING_DAYS + 1L);
        EntitledScope scope = access.scope(new UserId(user.userId()), AccountFunction.ENTRIES, AccessLevel.VIEW);
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("monday", Date.valueOf(monday));
        params.put("sunday", Date.valueOf(sunday));
        params.put("before", Date.valueOf(before));
        String sql = scopeOf(scope) + " select "
                + count("e.summary_date between :monday and :sunday") + ", "
                + count("e.status = 'REJECTED'") + ", "
                + count("e.release_status = 'HELD'") + ", "
                + count("e.status = 'LIQUIDATION_SCHEDULED' and e.liquidation_date < :before");
        long[] counts = jdbc.sql(sql).params(params)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)})
                .single();
        return List.of(
                new WaitingItem("home.waiting.entries-filed", counts[0],
                        "/entries?summaryFrom=" + monday + "&summaryTo=" + sunday, null),
                new WaitingItem("home.waiting.entries-rejected", counts[1], "/entries?status=REJECTED", null),
                new WaitingItem("home.waiting.entries-held", counts[2], "/entries?releaseStatus=HELD", null),
                new WaitingItem("home.waiting.entries-liquidating", counts[3],
                        "/entries?status=LIQUIDATION_SCHEDULED&liquidatingBefore=" + before, null));
    }

    /** The user's scope as the common table {@code ent}, read once. */
    static String scopeOf(EntitledScope scope) {
        return "with ent as materialized (select sub_account_id, importer_identifier_id, filer_identifier_id, port from "
                + scope.rows("s") + ")";
    }

    /**
     * The number of entries the user may see that meet the condition: those visible from the importer's side
     * (narrowed by importer number and port) and from the filer's side (by filer code and port), each once.
     */
    static String count(String condition) {
        return "(select count(*) from (" + visible(condition) + ") visible)";
    }

    /**
     * The entry numbers (column {@code entry_number}) the user may see that meet the condition, each once: a query
     * to use after a {@code with ent as (...)} of the user's scope.
     */
    static String visible(String condition) {
        return """
                select e.entry_number from entry_summary e
                join ent on ent.sub_account_id = e.importer_sub_account_id
                 and (e.importer_identifier_id is null or ent.importer_identifier_id is null
                      or ent.importer_identifier_id = e.importer_identifier_id)
                 and (ent.port = '9900' or ent.port = e.port_of_entry)
                where %1$s
                union
                select e.entry_number from entry_summary e
                join ent on ent.sub_account_id = e.filer_sub_account_id
                 and (e.filer_identifier_id is null or ent.filer_identifier_id is null
                      or ent.filer_identifier_id = e.filer_identifier_id)
                 and (ent.port = '9900' or ent.port = e.port_of_entry)
                where %1$s""".formatted(condition);
    }
}
