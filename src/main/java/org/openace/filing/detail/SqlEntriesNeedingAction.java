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
 * function planned once per connection) and each entry it reaches counted once ({@link VisibleEntries}, with the
 * entry search's narrowing). The entries filed by the sub-accounts the user reaches without narrowing come from the
 * per filer tallies of V5_9_10, kept by the database as entries change; the others (a client's entries filed by
 * brokers the user does not reach, entries reached through narrowed rights) entry by entry, from the partial indexes
 * of V5_9_5 that hold only the entries waiting for the trade. Daily operations read the entries of the user's
 * sub-accounts changed since Monday ({@code updated_at}) and their history lines of the week.
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
        // the entries filed by the sub-accounts the user reaches whole, from their tallies (V5_9_10); the others
        // entry by entry, each once however many sides and entitlements it is seen through (VisibleEntries)
        String sql = VisibleEntries.scopeOf(scope) + ", waiting as ("
                + VisibleEntries.notFiledByWhole(COLUMNS, IS_WAITING) + """
                ),
                counted as (
                    select count(*) filter (where status = 'REJECTED') as rejected,
                           count(*) filter (where status = 'REJECTED' and resubmit_by < :today) as overdue,
                           count(*) filter (where release_status = 'HELD') as held,
                           count(*) filter (where status = 'LIQUIDATION_SCHEDULED'
                                            and liquidation_date < :before) as liquidating
                    from waiting
                    union all
                    select coalesce(sum(t.entries) filter (where t.kind = 'REJECTED'), 0),
                           coalesce(sum(t.entries) filter (where t.kind = 'REJECTED' and t.day < :today), 0),
                           coalesce(sum(t.entries) filter (where t.kind = 'HELD'), 0),
                           coalesce(sum(t.entries) filter (where t.kind = 'LIQUIDATING' and t.day < :before), 0)
                    from whole_filers w cross join lateral (
                        select t.kind, t.day, t.entries from entry_waiting_tally t
                        where t.filer_sub_account_id = w.sub_account_id offset 0) t),
                counts as (
                    select sum(rejected)::bigint as rejected, sum(overdue)::bigint as overdue,
                           sum(held)::bigint as held, sum(liquidating)::bigint as liquidating
                    from counted),
                exposure as (
                    select case_number, sum(entries)::bigint as entries, sum(lines)::bigint as lines,
                           sum(entered) as entered, sum(deposits) as deposits
                    from (select a.case_number, count(distinct a.entry_number) as entries, count(*) as lines,
                                 sum(a.entered_value) as entered, sum(a.deposit) as deposits
                          from waiting w join entry_adcvd_line a on a.entry_number = w.entry_number
                          where w.adcvd and w.status not in ('LIQUIDATED', 'DEEMED_LIQUIDATED')
                          group by a.case_number
                          union all
                          select t.case_number, t.entries, t.lines, t.entered_value, t.deposit
                          from whole_filers w cross join lateral (
                              select t.case_number, t.entries, t.lines, t.entered_value, t.deposit
                              from entry_adcvd_tally t
                              where t.filer_sub_account_id = w.sub_account_id offset 0) t) by_part
                    group by case_number
                    having sum(lines) > 0
                    order by sum(deposits) desc, case_number
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
            e.status in ('REJECTED', 'LIQUIDATION_SCHEDULED') or e.release_status = 'HELD'
            or (e.adcvd and e.status not in ('LIQUIDATED', 'DEEMED_LIQUIDATED'))""";

    private static final List<String> COLUMNS = List.of("entry_number", "status", "release_status", "resubmit_by",
            "liquidation_date", "adcvd");

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
        String sql = VisibleEntries.scopeOf(scope) + ", changed as ("
                + VisibleEntries.visible(List.of("entry_number"), "e.updated_at >= :since") + """
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
