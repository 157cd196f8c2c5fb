package org.openace.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.openace.compliance.ComplianceView;
import org.openace.compliance.ComplianceViews;
import org.openace.identity.Role;
import org.openace.identity.UserId;
import org.openace.identity.user.PortalUser;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark (not a test: it asserts nothing about time and does not run in {@code ./mvnw verify}) of the compliance
 * view (issue 11, R2): a broker with {@code bench.clients} (5,000) client importers that granted it their entries and
 * reviews, and {@code bench.entries} (1,000,000) entry summaries it filed for them, in the states a year leaves
 * (0.2% rejected awaiting resubmission, 0.2% held, 3% scheduled to liquidate within 60 days, most liquidated, 2% with AD/CVD lines under 30 cases, about a third of them unliquidated), and
 * 2,000 CBP forms on them. The broker's owner (all 5,000 clients) and a user of a client group (2,500) ask
 * {@code GET /compliance} through the whole web stack (MockMvc in-process: security filters, the JDBC session, the
 * endpoint rules, the page), then the figures alone ({@code ComplianceViews.of}: the five questions and the snapshot).
 * Rows are written by {@code insert ... select generate_series} with the columns the view reads.
 * <p>
 * Run: {@code ./mvnw -q verify -Dit.test=ComplianceViewBenchmark -Dtest=NoUnitTests
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false} and read
 * {@code target/failsafe-reports/org.openace.bench.ComplianceViewBenchmark-output.txt}.
 */
@PortalTest
@TestPropertySource(properties = "openace.test.context=compliance-benchmark")
class ComplianceViewBenchmark {

    private static final int REQUESTS = 300;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ComplianceViews views;

    @Test
    void brokerWithFiveThousandClientsAndAMillionEntries() throws Exception {
        int clients = Integer.getInteger("bench.clients", 5_000);
        long entries = Long.getLong("bench.entries", 1_000_000L);
        PortalUser owner = users.create("benchcompliance", Role.TRADE);
        PortalUser grouped = users.create("benchcomplgroup", Role.TRADE);
        UUID broker = UUID.randomUUID();
        UUID brokerSub = UUID.randomUUID();
        long start = System.nanoTime();
        seedAccounts(broker, brokerSub, owner.id(), grouped.id(), clients);
        seedEntries(brokerSub, clients, entries);
        jdbc.sql("vacuum analyze").update();
        System.out.printf("seeded %,d client accounts and %,d entry summaries in %.1f s%n", clients, entries,
                (System.nanoTime() - start) / 1e9);

        ComplianceView ownerView = views.of(owner.id());
        ComplianceView groupView = views.of(grouped.id());
        System.out.println("owner's figures: " + ownerView.entries() + " " + ownerView.reviews() + ", "
                + ownerView.exposure().size() + " AD/CVD cases, deposits " + ownerView.depositsShown());
        System.out.println("grouped user's figures: " + groupView.entries() + " " + groupView.reviews());
        assertThat(ownerView.entries().rejected()).isPositive();

        PortalClient ownerClient = PortalClient.signedIn(mvc, owner);
        PortalClient groupClient = PortalClient.signedIn(mvc, grouped);
        for (int round = 1; round <= 2; round++) {
            System.out.println("round " + round);
            measure("GET /compliance, broker owner (5,000 clients)", () -> page(ownerClient, "/compliance"));
            measure("GET /compliance, client group user (2,500 clients)", () -> page(groupClient, "/compliance"));
            measure("figures only, broker owner", () -> views.of(owner.id()));
            measure("figures only, client group user", () -> views.of(grouped.id()));
            measure("GET / (home page, its 'Waiting for you'), broker owner", () -> page(ownerClient, "/"));
        }
    }

    private static Object page(PortalClient client, String path) {
        PortalClient.Page page = client.get(path);
        if (page.status() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + page.status());
        }
        return page;
    }

    private static void measure(String label, Supplier<Object> call) {
        for (int i = 0; i < 30; i++) {
            call.get();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            long start = System.nanoTime();
            call.get();
            times.add(System.nanoTime() - start);
        }
        times.sort(null);
        System.out.printf("%-55s p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n", label,
                times.get(REQUESTS / 2) / 1e6, times.get(REQUESTS * 95 / 100) / 1e6,
                times.get(REQUESTS * 99 / 100) / 1e6, times.getLast() / 1e6);
    }

    /** A broker account and its filer sub-account, and the clients' accounts with grants, half in a client group. */
    private void seedAccounts(UUID broker, UUID brokerSub, UserId owner, UserId grouped, int clients) {
        jdbc.sql("""
                insert into trade_account (id, number, legal_name, street, city, country, phone, tax_id_kind, tax_id_plain,
                    tax_id_digest, tax_id_display, status, created_at)
                values (?, 'TC' || nextval('trade_account_number_seq'), 'Compliance Brokers', '1 Pier', 'Newark', 'US',
                    '1', 'CBP_ASSIGNED', '990001-BENCH', decode(md5(?::text), 'hex'), '990001-BENCH', 'ACTIVE', now())
                """).param(broker).param(broker).update();
        jdbc.sql("insert into sub_account (id, account_id, activity, name, status, created_at) "
                + "values (?, ?, 'BROKER', 'Brokerage', 'ACTIVE', now())").param(brokerSub).param(broker).update();
        jdbc.sql("insert into account_membership (account_id, user_id, role, status, since) "
                        + "values (?, ?, 'OWNER', 'ACTIVE', now()), (?, ?, 'USER', 'ACTIVE', now())")
                .param(broker).param(owner.value()).param(broker).param(grouped.value()).update();
        jdbc.sql("""
                insert into trade_account (id, number, legal_name, street, city, country, phone, tax_id_kind, tax_id_plain,
                    tax_id_digest, tax_id_display, status, created_at)
                select account_id, 'TC' || nextval('trade_account_number_seq'), 'Client ' || i, '1 Main', 'Town', 'US',
                    '1', 'CBP_ASSIGNED', 'C' || i, decode(md5(account_id::text), 'hex'), 'C' || i, 'ACTIVE', now()
                from (select md5('cmp-account' || i)::uuid as account_id, md5('cmp-sub' || i)::uuid as sub_id, md5('cmp-grant' || i)::uuid as grant_id, i from generate_series(0, :clients - 1) i) c
                """).param("clients", clients).update();
        jdbc.sql("""
                insert into sub_account (id, account_id, activity, name, status, created_at)
                select sub_id, account_id, 'IMPORTER', 'Imports', 'ACTIVE', now() from (select md5('cmp-account' || i)::uuid as account_id, md5('cmp-sub' || i)::uuid as sub_id, md5('cmp-grant' || i)::uuid as grant_id, i from generate_series(0, :clients - 1) i) c
                """).param("clients", clients).update();
        jdbc.sql("""
                insert into cross_account_grant (id, grantor_account_id, grantee_account_id, status, initiated_by,
                    starts_on, ends_on, requested_by, requested_at, decided_by, decided_at)
                select grant_id, account_id, :broker, 'ACTIVE', 'GRANTOR', current_date - 1, current_date + 365, :owner, now(),
                    :owner, now()
                from (select md5('cmp-account' || i)::uuid as account_id, md5('cmp-sub' || i)::uuid as sub_id, md5('cmp-grant' || i)::uuid as grant_id, i from generate_series(0, :clients - 1) i) c
                """).param("broker", broker).param("owner", owner.value()).param("clients", clients).update();
        jdbc.sql("""
                insert into cross_account_grant_scope (grant_id, sub_account_id, function, level)
                select grant_id, sub_id, f, 'EDIT' from (select md5('cmp-account' || i)::uuid as account_id, md5('cmp-sub' || i)::uuid as sub_id, md5('cmp-grant' || i)::uuid as grant_id, i from generate_series(0, :clients - 1) i) c, unnest(array['ENTRIES', 'REVIEWS']) f
                """).param("clients", clients).update();
        UUID group = UUID.randomUUID();
        jdbc.sql("insert into client_group (id, account_id, name, created_at) values (?, ?, 'Half the clients', now())")
                .param(group).param(broker).update();
        jdbc.sql("insert into client_group_account (group_id, client_account_id) "
                + "select ?, md5('cmp-account' || i)::uuid from generate_series(0, ? - 1) i where i % 2 = 0")
                .param(group).param(clients).update();
        jdbc.sql("insert into client_group_user (group_id, user_id, function, level) "
                        + "values (?, ?, 'ENTRIES', 'VIEW'), (?, ?, 'REVIEWS', 'VIEW')")
                .param(group).param(grouped.value()).param(group).param(grouped.value()).update();
    }

    /** The broker's entries for its clients in a year's states, their AD/CVD lines, and CBP forms on some. */
    private void seedEntries(UUID brokerSub, int clients, long entries) {
        jdbc.sql("""
                insert into entry_summary (entry_number, filer_code, current_version, status, release_status, entry_type,
                    summary_date, entry_date, port_of_entry, mode_of_transport, country_of_origin, importer_digest,
                    importer_display, importer_sub_account_id, filer_sub_account_id, line_count, entered_value, duty, tax,
                    fees, other, hts_prefixes, origin_countries, resubmit_by, liquidation_deadline, liquidation_date,
                    adcvd, filed_at, updated_at, change_seq)
                select 'C' || lpad((n % 100)::text, 2, '0') || lpad(n::text, 8, '0'), 'C' || lpad((n % 100)::text, 2, '0'),
                    1,
                    case when n % 1000 < 2 then 'REJECTED' when n % 1000 < 4 then 'ACCEPTED'
                         when n % 1000 < 34 then 'LIQUIDATION_SCHEDULED' when n % 1000 < 700 then 'LIQUIDATED'
                         else 'PAID' end,
                    case when n % 1000 between 2 and 3 then 'HELD' else 'RELEASED' end, '01',
                    current_date - (n % 365)::int, current_date - (n % 365)::int - 4, '0101', '30', 'CN',
                    decode(md5('client' || (n % :clients)), 'hex'), 'CLIENT',
                    c.sub_id, cast(:brokerSub as uuid), 3, 10000.00, 250.00, 0, 34.64, 0, '{9403,940320}', '{CN}',
                    case when n % 1000 < 2 then current_date + (n % 5)::int - 2 end,
                    current_date + 365,
                    case when n % 1000 between 4 and 33 then current_date + (n % 60)::int
                         when n % 1000 between 34 and 699 then current_date - (n % 300)::int end,
                    n % 50 = 7, now() - ((n % 365) || ' days')::interval, now() - ((n % 365) || ' days')::interval, n
                from generate_series(1, :entries) g(n)
                join (select md5('cmp-sub' || i)::uuid as sub_id, i from generate_series(0, :clients - 1) i) c
                  on c.i = n % :clients
                """).param("clients", clients).param("brokerSub", brokerSub).param("entries", entries).update();
        jdbc.sql("""
                insert into entry_adcvd_line (entry_number, line_number, case_number, entered_value, deposit)
                select entry_number, l, 'A-570-' || lpad((900 + (change_seq % 30))::text, 3, '0') || '-000', 3000.00,
                       750.00
                from entry_summary, generate_series(1, 2) l
                where adcvd and filer_sub_account_id = ?
                """).param(brokerSub).update();
        jdbc.sql("""
                insert into cbp_form (action_number, form, entry_number, port, filer_code, importer_display,
                    importer_digest, importer_sub_account_id, filer_sub_account_id, subject, body, status, issued_by,
                    issued_by_name, issued_at, issued_on, due_on, updated_at)
                select '28-BENCH-' || lpad(n::text, 6, '0'), 'CF28', e.entry_number, e.port_of_entry, e.filer_code,
                    e.importer_display, e.importer_digest, e.importer_sub_account_id, e.filer_sub_account_id, 'VALUE',
                    'Send the invoice.', case when n % 4 = 0 then 'CLOSED' when n % 4 = 1 then 'ANSWERED'
                    else 'AWAITING_ANSWER' end, gen_random_uuid(), 'Officer', now(), current_date,
                    current_date + (n % 40)::int - 10, now()
                from (select entry_number, port_of_entry, filer_code, importer_display, importer_digest,
                             importer_sub_account_id, filer_sub_account_id, row_number() over () as n
                      from entry_summary where filer_sub_account_id = ? limit 2000) e
                """).param(brokerSub).update();
    }
}
