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
 * {@link EntriesNeedingAction} in one query per question, the user's scope joined in the database as in
 * {@link EntriesWaiting}. Each count starts from a partial index of V5_9_5 that holds only the entries in that state
 * per sub-account (rejected, held, liquidating, unliquidated with AD/CVD lines), so a broker with a million entries
 * reads the few hundred that wait, not the million; daily operations read the entries of the user's sub-accounts
 * changed since Monday ({@code updated_at}) and their history lines of the week.
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
    public EntryActionCounts counts(UserId user, LocalDate today) {
        EntitledScope scope = scope(user);
        LocalDate before = today.plusDays(EntryActionCounts.LIQUIDATING_DAYS + 1L);
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("today", Date.valueOf(today));
        params.put("before", Date.valueOf(before));
        String sql = EntriesWaiting.scopeOf(scope) + " select "
                + EntriesWaiting.count("e.status = 'REJECTED'") + ", "
                + EntriesWaiting.count("e.status = 'REJECTED' and e.resubmit_by < :today") + ", "
                + EntriesWaiting.count("e.release_status = 'HELD'") + ", "
                + EntriesWaiting.count("e.status = 'LIQUIDATION_SCHEDULED' and e.liquidation_date < :before");
        return jdbc.sql(sql).params(params).query((rs, n) -> new EntryActionCounts(rs.getLong(1), rs.getLong(2),
                rs.getLong(3), rs.getLong(4), before)).single();
    }

    @Override
    public List<AdCvdExposure> adCvdExposure(UserId user) {
        EntitledScope scope = scope(user);
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("cases", CASES);
        String sql = EntriesWaiting.scopeOf(scope) + ", open as ("
                + EntriesWaiting.visible("e.adcvd and e.status not in ('LIQUIDATED', 'DEEMED_LIQUIDATED')") + """
                )
                select a.case_number, count(distinct a.entry_number), count(*), sum(a.entered_value), sum(a.deposit)
                from open o join entry_adcvd_line a on a.entry_number = o.entry_number
                group by a.case_number
                order by sum(a.deposit) desc, a.case_number
                limit :cases
                """;
        return jdbc.sql(sql).params(params).query((rs, n) -> new AdCvdExposure(rs.getString(1), rs.getLong(2),
                rs.getLong(3), amount(rs.getBigDecimal(4)), amount(rs.getBigDecimal(5)))).list();
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
        String sql = EntriesWaiting.scopeOf(scope) + ", changed as (" + EntriesWaiting.visible("e.updated_at >= :since")
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
