package org.openace.filing.search;

import java.util.List;
import java.util.function.IntSupplier;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccessControl;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.identity.UserId;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** For benchmarks: a trade user's search page run as the search runs it, and its query plan. */
public final class EntrySearchPlans {

    private EntrySearchPlans() {
    }

    /** One page of the user's search, newest first (the first page, or the page after an encoded cursor), as a call. */
    public static IntSupplier page(ApplicationContext context, UserId user, @Nullable String cursor, int pageSize) {
        EntrySearches searches = context.getBean(EntrySearches.class);
        AccessControl access = context.getBean(AccessControl.class);
        SearchCursor after = cursor == null ? null
                : SearchCursor.decode(cursor, EntrySort.SUMMARY_DATE_DESC).orElseThrow();
        return () -> searches.page(new EntryAudience.Entitled(access.scope(user, AccountFunction.ENTRIES,
                AccessLevel.VIEW)), EntryFilter.none(), after, pageSize).rows().size();
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of that page's query, with the settings the search runs it with. */
    public static List<String> explain(ApplicationContext context, UserId user, @Nullable String cursor, int pageSize) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        AccessControl access = context.getBean(AccessControl.class);
        EntryAudience audience = new EntryAudience.Entitled(access.scope(user, AccountFunction.ENTRIES, AccessLevel.VIEW));
        SearchCursor after = cursor == null ? null
                : SearchCursor.decode(cursor, EntrySort.SUMMARY_DATE_DESC).orElseThrow();
        EntrySearchSql.Statement statement = EntrySearchSql.page(audience, EntryFilter.none(), after, pageSize + 1);
        return new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).execute(status -> {
            jdbc.sql("set local enable_bitmapscan = off").update();
            return jdbc.sql("explain (analyze, buffers, costs off) " + statement.sql()).params(statement.parameters())
                    .query(String.class).list();
        });
    }
}
