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
import org.openace.filing.EntriesNeedingAction;
import org.openace.filing.EntryActionCounts;
import org.openace.identity.UserId;
import org.openace.platform.IdentifiedPrincipal;
import org.openace.platform.home.WaitingItem;
import org.openace.platform.home.WorkWaiting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A trade user's numbers of entries on the home page (F4), each counted over the entries they may see (with the same
 * narrowing by importer, filer and port as the access decision on one entry) and each linking to the entry search
 * filtered the same way: entries of this week (summary date Monday to Sunday, UTC), then the compliance view's own
 * figures ({@link EntriesNeedingAction}: rejected entries waiting to be resubmitted, entries whose cargo is held,
 * entries whose liquidation is scheduled within 30 days, on a date before today + 31 days: {@code liquidatingBefore}
 * is exclusive), so the two pages cannot disagree. An entry visible from both the importer's and the filer's side
 * counts once ({@link VisibleEntries}). Users of no trade account (officers, administrators) reach no sub-account, so
 * every count is 0 and nothing is shown.
 */
@Component
class EntriesWaiting implements WorkWaiting {

    private final AccessControl access;
    private final EntriesNeedingAction needingAction;
    private final JdbcClient jdbc;
    private final Clock clock;

    EntriesWaiting(AccessControl access, EntriesNeedingAction needingAction, JdbcClient jdbc, Clock clock) {
        this.access = access;
        this.needingAction = needingAction;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<WaitingItem> waitingFor(IdentifiedPrincipal user) {
        UserId id = new UserId(user.userId());
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        EntitledScope scope = access.scope(id, AccountFunction.ENTRIES, AccessLevel.VIEW);
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("monday", Date.valueOf(monday));
        params.put("sunday", Date.valueOf(sunday));
        long filed = jdbc.sql(VisibleEntries.scopeOf(scope) + " select count(*) from ("
                        + VisibleEntries.visible(List.of("entry_number"), "e.summary_date between :monday and :sunday")
                        + ") visible")
                .params(params).query(Long.class).single();
        EntryActionCounts counts = needingAction.needingAction(id, today).counts();
        return List.of(
                new WaitingItem("home.waiting.entries-filed", filed,
                        "/entries?summaryFrom=" + monday + "&summaryTo=" + sunday, null),
                new WaitingItem("home.waiting.entries-rejected", counts.rejected(), "/entries?status=REJECTED", null),
                new WaitingItem("home.waiting.entries-held", counts.held(), "/entries?releaseStatus=HELD", null),
                new WaitingItem("home.waiting.entries-liquidating", counts.liquidating(),
                        "/entries?status=LIQUIDATION_SCHEDULED&liquidatingBefore=" + counts.liquidatingBefore(), null));
    }
}
