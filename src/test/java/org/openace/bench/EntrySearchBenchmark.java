package org.openace.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntSupplier;

import org.junit.jupiter.api.Test;
import org.openace.account.AccountRole;
import org.openace.account.core.OpenTradeAccount;
import org.openace.filing.search.EntrySearchPlans;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Benchmark (not a test: it asserts nothing about time and does not run in {@code ./mvnw verify}) of the entry search
 * (issue 9, F4): an importer with {@code bench.importer-share} (default 10%) of {@code bench.entries} entry summaries
 * (default 1,000,000; the target is 1 million of 10 million), the rest spread over 20,000 other importers,
 * all filed by 200 brokers. The importer's owner searches through the whole web stack
 * ({@code GET /api/v1/entry-summaries}, signed-in session, MockMvc in-process: no network, no TLS) with 32 concurrent
 * users asking at once, each again as soon as answered (the throughput), and then 32 users at work, each asking
 * again after a think time (1 s on average), in each of the six orders the search offers: the first page and page
 * 1,000 (50 entries a page, the cursor after the 49,950th entry), p50/p95/p99. Prints the query plans (EXPLAIN
 * ANALYZE) of both pages.
 * <p>
 * The rows are written by one {@code insert ... select generate_series} with only the columns the search reads
 * (visibility, dates, codes, totals): the generator of F7 ({@code admin generate-entries}) writes realistic ones.
 * <p>
 * Run: {@code ./mvnw -q verify -Dit.test=EntrySearchBenchmark -Dtest=NoUnitTests -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfailsafe.failIfNoSpecifiedTests=false -Dbench.entries=1000000} and read
 * {@code target/failsafe-reports/org.openace.bench.EntrySearchBenchmark-output.txt}.
 */
@PortalTest
@TestPropertySource(properties = "openace.test.context=entry-search-benchmark")
class EntrySearchBenchmark {

    private static final int USERS = 32;
    private static final int REQUESTS_PER_USER = 100;
    private static final int PAGE = 50;
    private static final int THINK_MILLIS = 1_000;
    private static final int REQUESTS_PER_THINKING_USER = 30;
    /** Every order the search offers, with its ORDER BY (to find the cursor of page 1,000). */
    private static final String[][] SORTS = {
            {"summary-date-desc", "summary_date desc, entry_number desc"},
            {"summary-date-asc", "summary_date asc, entry_number asc"},
            {"entry-date-desc", "entry_date desc, entry_number desc"},
            {"entry-date-asc", "entry_date asc, entry_number asc"},
            {"entry-number-desc", "entry_number desc"},
            {"entry-number-asc", "entry_number asc"}};

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void importerWithATenthOfAllEntries() throws Exception {
        long total = Long.getLong("bench.entries", 1_000_000L);
        double share = Double.parseDouble(System.getProperty("bench.importer-share", "0.1"));
        PortalUser owner = users.create("benchimporter", Role.TRADE);
        OpenTradeAccount.Opened importer = accounts.importer(owner);
        var sub = importer.subAccounts().getFirst().id().value();

        long seedStart = System.nanoTime();
        jdbc.sql("""
                insert into entry_summary (entry_number, filer_code, current_version, status, release_status, entry_type,
                    summary_date, entry_date, port_of_entry, mode_of_transport, country_of_origin, importer_digest,
                    importer_display, importer_sub_account_id, filer_sub_account_id, line_count, entered_value, duty, tax,
                    fees, other, hts_prefixes, origin_countries, liquidation_deadline, filed_at, updated_at, change_seq)
                select 'B' || lpad((i % 200)::text, 2, '0') || lpad(i::text, 8, '0'), 'B' || lpad((i % 200)::text, 2, '0'),
                    1, case when i % 50 = 0 then 'REJECTED' else 'ACCEPTED' end, 'RELEASED', '01',
                    date '2026-09-30' - (i % 365)::int, date '2026-09-30' - (i % 365)::int - (i % 11)::int,
                    lpad(((i % 40) * 100 + 101)::text, 4, '0'), '30', 'CN',
                    decode(md5(case when h < :share then 'bench-importer' else (i % 20000)::text end), 'hex'), 'BENCH',
                    case when h < :share then cast(:sub as uuid)
                         else md5('importer' || (i % 20000))::uuid end,
                    md5('broker' || (i % 200))::uuid, 5, 10000.00, 250.00, 0, 34.64, 0, '{9403,940320}', '{CN}',
                    date '2027-09-30', now(), now(), i
                from (select i, ((i * 2654435761) % 1000) / 1000.0 as h from generate_series(1, :total) i) g
                """).param("share", share).param("sub", sub).param("total", total).update();
        jdbc.sql("vacuum analyze entry_summary").update();
        long mine = jdbc.sql("select count(*) from entry_summary where importer_sub_account_id = ?").param(sub)
                .query(Long.class).single();
        System.out.printf("seeded %,d entry summaries (%,d of the importer) in %.1f s%n", total, mine,
                (System.nanoTime() - seedStart) / 1e9);

        PortalClient[] clients = new PortalClient[USERS];
        for (int u = 0; u < USERS; u++) {
            // 32 users of the importer's account, each with a session of their own (as proxy owners: all its entries)
            PortalUser user = u == 0 ? owner : users.create("benchuser", Role.TRADE);
            if (u > 0) {
                accounts.member(importer, user, AccountRole.PROXY_OWNER);
            }
            clients[u] = PortalClient.signedIn(mvc, user);
        }
        String first = "/api/v1/entry-summaries?limit=" + PAGE;
        int deepPage = (int) Math.min(1_000, mine / PAGE - 1);
        String deep = "page " + String.format("%,d", deepPage);
        String cursor = cursorAfter(sub, "summary-date-desc", "summary_date desc, entry_number desc",
                PAGE * (deepPage - 1));
        String thousandth = first + "&after=" + cursor;
        check(clients[0], first);
        check(clients[0], thousandth);

        // as many requests at once as there are users, each asking again as soon as answered: the throughput
        measure("first page", clients, first);
        measure(deep, clients, thousandth);
        measure("first page", clients, first);
        measure(deep, clients, thousandth);
        // 32 users at work, each asking again after looking at the answer (a think time, 1 s on average), in every
        // order the search offers
        for (String[] sort : SORTS) {
            String sorted = first + "&sort=" + sort[0];
            String deepSorted = sorted + "&after=" + cursorAfter(sub, sort[0], sort[1], PAGE * (deepPage - 1));
            check(clients[0], sorted);
            check(clients[0], deepSorted);
            measureUsers(sort[0] + ", first page", clients, sorted);
            measureUsers(sort[0] + ", " + deep, clients, deepSorted);
        }
        // the search alone (service and database, without the web stack), 32 threads
        measureQuery("first page, query only", EntrySearchPlans.page(context, owner.id(), null, PAGE));
        measureQuery(deep + ", query only", EntrySearchPlans.page(context, owner.id(), cursor, PAGE));
        explain(owner, null, "first page");
        explain(owner, cursor, deep);
    }

    /** The cursor after the n-th entry of the importer in an order (found once with OFFSET, quicker than paging). */
    private String cursorAfter(Object sub, String sort, String orderBy, int n) {
        String dateColumn = orderBy.startsWith("entry_number") ? "null" : orderBy.substring(0, orderBy.indexOf(' '));
        var last = jdbc.sql("select " + dateColumn + ", entry_number from entry_summary where importer_sub_account_id = ?"
                        + " order by " + orderBy + " offset ? limit 1")
                .param(sub).param(n - 1).query((rs, i) -> new Object[] {rs.getDate(1) == null ? "-"
                        : rs.getDate(1).toLocalDate(), rs.getString(2)}).single();
        String text = "1|" + sort + "|" + last[0] + "|" + last[1];
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes());
    }

    /**
     * 32 users, each asking, reading the answer for a while (exponential think time, {@link #THINK_MILLIS} on average,
     * the same sequence in every run) and asking again, {@link #REQUESTS_PER_THINKING_USER} times: the latency a user
     * at work sees while the others work too.
     */
    private static void measureUsers(String label, PortalClient[] clients, String path) throws Exception {
        List<Callable<List<Long>>> work = new ArrayList<>();
        for (int u = 0; u < clients.length; u++) {
            PortalClient client = clients[u];
            java.util.Random think = new java.util.Random(u);
            work.add(() -> {
                List<Long> nanos = new ArrayList<>();
                Thread.sleep((long) (think.nextDouble() * THINK_MILLIS));
                for (int i = 0; i < REQUESTS_PER_THINKING_USER; i++) {
                    nanos.add(timedGet(client, path));
                    Thread.sleep((long) (-Math.log(1 - think.nextDouble()) * THINK_MILLIS));
                }
                return nanos;
            });
        }
        Latencies l = run(work);
        System.out.printf("%-36s %d users, think %d ms: p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms  %.0f req/s%n",
                label, USERS, THINK_MILLIS, l.ms(0.5), l.ms(0.95), l.ms(0.99), l.maxMs(), l.perSecond());
    }

    private static void check(PortalClient client, String path) {
        MockHttpServletResponse response = client.exchange(MockMvcRequestBuilders.get(path));
        String body = new String(response.getContentAsByteArray());
        if (response.getStatus() != 200 || !body.contains("\"next\":\"")) {
            throw new IllegalStateException(path + " answered " + response.getStatus() + ": " + body);
        }
    }

    private static void measure(String label, PortalClient[] clients, String path) throws Exception {
        List<Callable<List<Long>>> work = new ArrayList<>();
        for (PortalClient client : clients) {
            work.add(() -> {
                List<Long> nanos = new ArrayList<>();
                for (int i = 0; i < REQUESTS_PER_USER; i++) {
                    nanos.add(timedGet(client, path));
                }
                return nanos;
            });
        }
        Latencies l = run(work);
        System.out.printf("%-12s %d users x %d requests: p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms  %.0f req/s%n",
                label, USERS, REQUESTS_PER_USER, l.ms(0.5), l.ms(0.95), l.ms(0.99), l.maxMs(), l.perSecond());
    }

    /** The plan of the page's query, as the search runs it. */
    private void explain(PortalUser owner, String cursor, String label) {
        System.out.println("plan, " + label + ":");
        EntrySearchPlans.explain(context, owner.id(), cursor, PAGE).forEach(line -> System.out.println("  " + line));
    }

    private static void measureQuery(String label, IntSupplier page) throws Exception {
        List<Callable<List<Long>>> work = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            work.add(() -> {
                List<Long> nanos = new ArrayList<>();
                for (int i = 0; i < REQUESTS_PER_USER; i++) {
                    long start = System.nanoTime();
                    if (page.getAsInt() != PAGE) {
                        throw new IllegalStateException("not a full page");
                    }
                    nanos.add(System.nanoTime() - start);
                }
                return nanos;
            });
        }
        Latencies l = run(work);
        System.out.printf("%-24s %d threads x %d: p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  %.0f pages/s%n", label, USERS,
                REQUESTS_PER_USER, l.ms(0.5), l.ms(0.95), l.ms(0.99), l.perSecond());
    }

    /** One GET through the web stack, its time in nanoseconds; anything but 200 stops the benchmark. */
    private static long timedGet(PortalClient client, String path) {
        long start = System.nanoTime();
        MockHttpServletResponse response = client.exchange(MockMvcRequestBuilders.get(path));
        long nanos = System.nanoTime() - start;
        if (response.getStatus() != 200) {
            throw new IllegalStateException("answered " + response.getStatus());
        }
        return nanos;
    }

    /** Runs the work of each user (or thread) at once, one thread each; every latency, sorted, and the wall time. */
    private static Latencies run(List<Callable<List<Long>>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        long wall = System.nanoTime();
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> done : pool.invokeAll(work)) {
            all.addAll(done.get());
        }
        wall = System.nanoTime() - wall;
        pool.shutdown();
        Collections.sort(all);
        return new Latencies(all, wall);
    }

    /** Latencies in nanoseconds, sorted, and the wall time they were measured in. */
    private record Latencies(List<Long> sorted, long wallNanos) {

        double ms(double quantile) {
            return sorted.get((int) (sorted.size() * quantile)) / 1e6;
        }

        double maxMs() {
            return sorted.getLast() / 1e6;
        }

        double perSecond() {
            return sorted.size() / (wallNanos / 1e9);
        }
    }
}
