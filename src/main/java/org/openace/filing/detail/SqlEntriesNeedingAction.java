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
        // one pass over the user's waiting entries (the partial indexes of V5_9_5, whose predicate WAITING repeats),
        // each counted once however many sides it is seen from; every figure is counted from that pass
        String sql = "with ent as materialized (select sub_account_id, importer_identifier_id, filer_identifier_id, "
                + "port from " + scope.rows("s") + "), waiting as ("
                + side("importer") + " union " + side("filer") + """
                ),
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

    /** The user's waiting entries seen from one side, narrowed as the entry search narrows them. */
    private static String side(String side) {
        return """
                select e.entry_number, e.status, e.release_status, e.resubmit_by, e.liquidation_date, e.adcvd
                from entry_summary e
                join ent on ent.sub_account_id = e.%1$s_sub_account_id
                 and (e.%1$s_identifier_id is null or ent.%1$s_identifier_id is null
                      or ent.%1$s_identifier_id = e.%1$s_identifier_id)
                 and (ent.port = '9900' or ent.port = e.port_of_entry)
                where (e.status in ('REJECTED', 'LIQUIDATION_SCHEDULED') or e.release_status = 'HELD'
                       or (e.adcvd and e.status not in ('LIQUIDATED', 'DEEMED_LIQUIDATED')))
                """.formatted(side);
    }

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
