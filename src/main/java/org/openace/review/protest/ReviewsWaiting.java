package org.openace.review.protest;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openace.account.AccessControl;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.EntitledScope;
import org.openace.identity.UserId;
import org.openace.platform.IdentifiedPrincipal;
import org.openace.platform.home.WaitingItem;
import org.openace.platform.home.WorkWaiting;
import org.openace.review.ReviewsNeedingAction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The forms and protests waiting for a trade user, counted in the database over their reviews scope: for the
 * compliance view ({@link ReviewsNeedingAction}) and the home page's "Waiting for you" (forms due within 7 days,
 * overdue forms, undecided protests, each linking to its list).
 */
@Component
class ReviewsWaiting implements ReviewsNeedingAction, WorkWaiting {

    private final AccessControl access;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReviewsWaiting(AccessControl access, JdbcClient jdbc, Clock clock) {
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The open forms (as the forms list shows them: the importer's, and the courtesy copies of the filer the importer
     * designates) and the undecided protests, counted in one statement over the user's reviews scope read once.
     */
    @Override
    public ReviewActionCounts counts(UserId user, LocalDate today) {
        EntitledScope scope = access.scope(user, AccountFunction.REVIEWS, AccessLevel.VIEW);
        Map<String, Object> params = new HashMap<>(scope.parameters());
        params.put("today", Date.valueOf(today));
        params.put("soon", Date.valueOf(today.plusDays(DUE_SOON_DAYS)));
        String sql = "with ent as materialized (select sub_account_id, importer_identifier_id, filer_identifier_id, "
                + "port from " + scope.rows("s") + ") " + """
                , open_forms as (
                    select f.action_number, f.status, f.due_on from cbp_form f
                    join ent on ent.sub_account_id = f.importer_sub_account_id
                     and (ent.importer_identifier_id is null or ent.importer_identifier_id = f.importer_identifier_id)
                     and (ent.port = '9900' or ent.port = f.port)
                    where f.status in ('AWAITING_ANSWER', 'ANSWERED')
                    union
                    select f.action_number, f.status, f.due_on from cbp_form f
                    join ent on ent.sub_account_id = f.filer_sub_account_id
                     and (ent.filer_identifier_id is null or ent.filer_identifier_id = f.filer_identifier_id)
                     and (ent.port = '9900' or ent.port = f.port)
                    join form_copy_designation d on d.importer_sub_account_id = f.importer_sub_account_id
                     and d.filer_code = f.filer_code
                    where f.status in ('AWAITING_ANSWER', 'ANSWERED'))
                select count(*) filter (where status = 'AWAITING_ANSWER' and due_on between :today and :soon),
                       count(*) filter (where status = 'AWAITING_ANSWER' and due_on < :today),
                       count(*) filter (where status = 'ANSWERED'),
                       (select count(distinct p.protest_number) from protest p
                        join ent on ent.sub_account_id = p.importer_sub_account_id
                         and (ent.importer_identifier_id is null or ent.importer_identifier_id = p.importer_identifier_id)
                         and (ent.port = '9900' or ent.port = p.port)
                        where p.status = 'FILED')
                from open_forms
                """;
        return jdbc.sql(sql).params(params).query((rs, n) -> new ReviewActionCounts(rs.getLong(1), rs.getLong(2),
                rs.getLong(3), rs.getLong(4))).single();
    }

    @Override
    public List<WaitingItem> waitingFor(IdentifiedPrincipal user) {
        ReviewActionCounts counts = counts(new UserId(user.userId()), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        List<WaitingItem> items = new ArrayList<>();
        items.add(new WaitingItem("home.waiting.forms-overdue", counts.formsOverdue(), "/reviews?show=overdue",
                null));
        items.add(new WaitingItem("home.waiting.forms-due", counts.formsDueSoon(), "/reviews?show=due-soon",
                null));
        items.add(new WaitingItem("home.waiting.protests-pending", counts.protestsPending(), "/reviews/protests", null));
        return items;
    }
}
