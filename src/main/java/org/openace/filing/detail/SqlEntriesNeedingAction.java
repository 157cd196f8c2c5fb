package org.openace.filing.detail;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openace.account.AccessControl;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.EntitledScope;
import org.openace.filing.AdCvdExposure;
import org.openace.filing.DailyOperations;
import org.openace.filing.EntriesNeedingAction;
import org.openace.filing.EntryActionCounts;
import org.openace.identity.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link EntriesNeedingAction} in one query per question, the user's scope read once ({@code EntitledScope.rows}, a
 * function planned once per connection) and joined in the database as the entry search joins it. The figures start
 * from the partial indexes of V5_9_5 that hold, per sub-account and side, only the entries waiting for the trade
 * (rejected, held, liquidation scheduled, unliquidated with AD/CVD lines), so a broker with a million entries reads
 * the few thousand that wait, not the million; daily operations read the entries of the user's sub-accounts changed
 * since Monday ({@code updated_at}) and their history lines of the week.
 */
@Component
class SqlEntriesNeedingAction implements EntriesNeedingAction {

    private static final int CASES = 50;

    private final AccessControl access;
    private final JdbcClient jdbc;

    SqlEntriesNeedingAction(AccessControl access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    @Override
    public Figures needingAction(UserId user, LocalDate today) {
        EntitledScope scope = scope(user);
        LocalDate before = today.plusDays(EntryActionCounts.LIQUIDATING_DAYS + 1L);
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("today", Date.valueOf(today));
        params.put("before", Date.valueOf(before));
        params.put("cases", CASES);
        // the user's waiting entries, each once however many sides and entitlements it is seen through (see WAITING)
        String sql = "with ent as materialized (select sub_account_id, importer_identifier_id, filer_identifier_id, "
                + "port from " + scope.rows("s") + "), " + WAITING + """
                ,
                counts as (
                    select count(*) filter (where status = 'REJECTED') as rejected,
                           count(*) filter (where status = 'REJECTED' and resubmit_by < :today) as overdue,
                           count(*) filter (where release_status = 'HELD') as held,
                           count(*) filter (where status = 'LIQUIDATION_SCHEDULED'
                                            and liquidation_date < :before) as liquidating
                    from waiting),
                exposure as (
                    select a.case_number, count(distinct a.entry_number) as entries, count(*) as lines,
                           sum(a.entered_value) as entered, sum(a.deposit) as deposits
                    from waiting w join entry_adcvd_line a on a.entry_number = w.entry_number
                    where w.adcvd and w.status not in ('LIQUIDATED', 'DEEMED_LIQUIDATED')
                    group by a.case_number
                    order by sum(a.deposit) desc, a.case_number
                    limit :cases)
                select c.rejected, c.overdue, c.held, c.liquidating, x.case_number, x.entries, x.lines, x.entered,
                       x.deposits
                from counts c left join exposure x on true
                order by x.deposits desc nulls last, x.case_number
                """;
        List<AdCvdExposure> exposure = new ArrayList<>();
        long[] counts = new long[4];
        jdbc.sql(sql).params(params).query(rs -> {
            for (int i = 0; i < 4; i++) {
                counts[i] = rs.getLong(i + 1);
            }
            if (rs.getString(5) != null) {
                exposure.add(new AdCvdExposure(rs.getString(5), rs.getLong(6), rs.getLong(7),
                        amount(rs.getBigDecimal(8)), amount(rs.getBigDecimal(9))));
            }
        });
        return new Figures(new EntryActionCounts(counts[0], counts[1], counts[2], counts[3], before), exposure);
    }

    /** The predicate of the partial indexes of V5_9_5: an entry waiting for the trade. */
    private static final String IS_WAITING = """
            (e.status in ('REJECTED', 'LIQUIDATION_SCHEDULED') or e.release_status = 'HELD'
             or (e.adcvd and e.status not in ('LIQUIDATED', 'DEEMED_LIQUIDATED')))""";

    private static final String COLUMNS = "e.entry_number, e.status, e.release_status, e.resubmit_by, "
            + "e.liquidation_date, e.adcvd";

    /**
     * The user's waiting entries, each once, in three disjoint parts, so that no part is made unique by a hash of
     * every entry seen (a broker that files for 5,000 clients who granted it their entries sees 40,000 waiting entries
     * from each side):
     * <ol>
     * <li>{@code whole}: the sub-accounts the user reaches without narrowing; every entry they file is seen, each once
     * (one sub-account per row);</li>
     * <li>from the importers' side through {@code whole}, only the entries of pairs ({@code entry_filer_pair}, V5_9_9)
     * whose filer is not in {@code whole}: the others were counted in the first part;</li>
     * <li>through narrowed entitlements (an importer number, a filer code, a port) on sub-accounts not in
     * {@code whole}, from both sides made one by {@code union}, only entries with neither side in {@code whole}.</li>
     * </ol>
     * Each look-up is a lateral subquery kept apart ({@code offset 0}) so that it is one probe of the partial indexes
     * per sub-account: the planner, estimating the scope at a few rows, would otherwise scan the indexes whole.
     */
    private static final String WAITING = """
            whole as materialized (
                select distinct sub_account_id from ent
                where importer_identifier_id is null and filer_identifier_id is null and port = '9900'),
            narrowed as materialized (
                select * from ent where sub_account_id not in (select sub_account_id from whole)),
            waiting as (
                select e.* from whole w cross join lateral (
                    select %1$s from entry_summary e
                    where e.filer_sub_account_id = w.sub_account_id and %2$s offset 0) e
                union all
                select e.* from whole w
                join entry_filer_pair p on p.importer_sub_account_id = w.sub_account_id
                cross join lateral (
                    select %1$s from entry_summary e
                    where e.importer_sub_account_id = p.importer_sub_account_id
                      and e.filer_sub_account_id is not distinct from p.filer_sub_account_id and %2$s offset 0) e
                where p.filer_sub_account_id is null
                   or p.filer_sub_account_id not in (select sub_account_id from whole)
                union all
                select x.entry_number, x.status, x.release_status, x.resubmit_by, x.liquidation_date, x.adcvd
                from (select e.* from narrowed n cross join lateral (
                          select %1$s, e.importer_sub_account_id, e.filer_sub_account_id from entry_summary e
                          where e.importer_sub_account_id = n.sub_account_id
                            and (e.importer_identifier_id is null or n.importer_identifier_id is null
                                 or n.importer_identifier_id = e.importer_identifier_id)
                            and (n.port = '9900' or n.port = e.port_of_entry) and %2$s offset 0) e
                      union
                      select e.* from narrowed n cross join lateral (
                          select %1$s, e.importer_sub_account_id, e.filer_sub_account_id from entry_summary e
                          where e.filer_sub_account_id = n.sub_account_id
                            and (e.filer_identifier_id is null or n.filer_identifier_id is null
                                 or n.filer_identifier_id = e.filer_identifier_id)
                            and (n.port = '9900' or n.port = e.port_of_entry) and %2$s offset 0) e) x
                where (x.importer_sub_account_id is null
                       or x.importer_sub_account_id not in (select sub_account_id from whole))
                  and (x.filer_sub_account_id is null
                       or x.filer_sub_account_id not in (select sub_account_id from whole)))
            """.formatted(COLUMNS, IS_WAITING);

    @Override
    public DailyOperations operations(UserId user, LocalDate today) {
        EntitledScope scope = scope(user);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("monday", Date.valueOf(monday));
        params.put("today", Date.valueOf(today));
        // a history line of the week belongs to an entry changed this week (its row's updated_at is at least as late);
        // a day earlier than Monday in UTC covers lines dated in other time zones
        params.put("since", Timestamp.from(monday.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        String sql = "with ent as materialized (select sub_account_id, importer_identifier_id, filer_identifier_id, "
                + "port from " + scope.rows("s") + "), changed as (" + EntriesWaiting.visible("e.updated_at >= :since")
                + """
                )
                select h.kind, count(*) filter (where h.occurred_on = :today), count(*)
                from changed c join entry_history h on h.entry_number = c.entry_number
                where h.occurred_on between :monday and :today
                group by h.kind
                """;
        Map<String, long[]> found = new HashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            found.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
        });
        List<DailyOperations.Count> kinds = new ArrayList<>();
        for (String kind : DailyOperations.KINDS) {
            long[] counts = found.getOrDefault(kind, new long[2]);
            kinds.add(new DailyOperations.Count(kind, counts[0], counts[1]));
        }
        return new DailyOperations(today, monday, kinds);
    }

    private EntitledScope scope(UserId user) {
        return access.scope(user, AccountFunction.ENTRIES, AccessLevel.VIEW);
    }

    private static BigDecimal amount(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
