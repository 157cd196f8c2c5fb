package org.openace.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openace.account.AccessControl;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.DataRef;
import org.openace.account.EntitledScope;
import org.openace.account.SubAccountId;
import org.openace.identity.Role;
import org.openace.identity.UserId;
import org.openace.identity.user.PortalUser;
import org.openace.test.PortalTest;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Benchmark (not a test: it asserts nothing about time and does not run in {@code ./mvnw verify}). A broker account
 * with 5,000 client accounts that granted it access; measures one authorization decision and the narrowing of a
 * list to what the broker's owner and a grouped broker user may see, and prints the query plan.
 * <p>
 * Run: {@code ./mvnw -q verify -Dit.test=AccessControlBenchmark -Dtest=NoUnitTests
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false} and read
 * {@code target/failsafe-reports/org.openace.bench.AccessControlBenchmark-output.txt}.
 */
@PortalTest
@TestPropertySource(properties = "openace.test.context=access-benchmark")
class AccessControlBenchmark {

    private static final int CLIENTS = 5_000;
    private static final int DECISIONS = 20_000;

    @Autowired
    AccessControl access;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void brokerWithFiveThousandClients() {
        PortalUser owner = users.create("benchbroker", Role.TRADE);
        PortalUser teamMember = users.create("benchteam", Role.TRADE);
        UUID broker = UUID.randomUUID();
        long seedStart = System.nanoTime();
        seed(broker, owner.id(), teamMember.id());
        System.out.printf("seeded %,d client accounts with grants in %.1f s%n", CLIENTS, (System.nanoTime() - seedStart) / 1e9);
        jdbc.sql("analyze").update();

        List<UUID> granted = jdbc.sql("select gs.sub_account_id from cross_account_grant_scope gs "
                + "join cross_account_grant g on g.id = gs.grant_id where g.grantee_account_id = ?")
                .param(broker).query(UUID.class).list();
        List<UUID> ungranted = jdbc.sql("select s.id from sub_account s where s.activity = 'EXPORTER' and s.name = 'bench'")
                .query(UUID.class).list();
        Random random = new Random(42);

        report("decision, broker owner, granted sub-account", owner.id(), granted, random);
        report("decision, broker owner, ungranted sub-account", owner.id(), ungranted, random);
        report("decision, grouped broker user, any client", teamMember.id(), granted, random);

        narrowing("narrowed list, broker owner", owner.id());
        narrowing("narrowed list, grouped broker user", teamMember.id());

        System.out.println("plan of one decision:");
        EntitledScope scope = access.scope(owner.id(), AccountFunction.ENTRIES, AccessLevel.VIEW);
        jdbc.sql("explain (analyze, costs off, timing off) select exists (select 1 from "
                        + scope.table("e") + " where e.sub_account_id = :sub)")
                .params(scope.parameters()).param("sub", granted.getFirst()).query(String.class).list()
                .forEach(line -> System.out.println("  " + line));
    }

    private void report(String label, UserId user, List<UUID> subAccounts, Random random) {
        for (int i = 0; i < 2_000; i++) {
            decide(user, subAccounts, random);
        }
        long[] nanos = new long[DECISIONS];
        for (int i = 0; i < DECISIONS; i++) {
            long start = System.nanoTime();
            decide(user, subAccounts, random);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%-50s mean %.3f ms  p50 %.3f ms  p95 %.3f ms  p99 %.3f ms  (%,d decisions)%n", label,
                Arrays.stream(nanos).average().orElse(0) / 1e6, nanos[DECISIONS / 2] / 1e6,
                nanos[(int) (DECISIONS * 0.95)] / 1e6, nanos[(int) (DECISIONS * 0.99)] / 1e6, DECISIONS);
    }

    private boolean decide(UserId user, List<UUID> subAccounts, Random random) {
        UUID sub = subAccounts.get(random.nextInt(subAccounts.size()));
        return access.may(user, AccountFunction.ENTRIES, AccessLevel.VIEW, DataRef.of(new SubAccountId(sub)));
    }

    private void narrowing(String label, UserId user) {
        EntitledScope scope = access.scope(user, AccountFunction.ENTRIES, AccessLevel.VIEW);
        String sql = "select count(*) from sub_account s join " + scope.table("e") + " on e.sub_account_id = s.id";
        for (int i = 0; i < 20; i++) {
            jdbc.sql(sql).params(scope.parameters()).query(Long.class).single();
        }
        List<Long> times = new ArrayList<>();
        long count = 0;
        for (int i = 0; i < 200; i++) {
            long start = System.nanoTime();
            count = jdbc.sql(sql).params(scope.parameters()).query(Long.class).single();
            times.add(System.nanoTime() - start);
        }
        times.sort(null);
        System.out.printf("%-50s %,d visible sub-accounts  p50 %.2f ms  p95 %.2f ms%n", label, count,
                times.get(100) / 1e6, times.get(190) / 1e6);
    }

    /** Bulk SQL: a broker account, 5,000 importer accounts each with a sub-account and an active grant; half grouped. */
    private void seed(UUID broker, UserId owner, UserId teamMember) {
        jdbc.sql("""
                insert into trade_account (id, number, legal_name, street, city, country, phone, tax_id_kind, tax_id_plain,
                    tax_id_digest, tax_id_display, status, created_at)
                values (?, 'TB' || nextval('trade_account_number_seq'), 'Benchmark Brokers', '1 Pier', 'Newark', 'US', '1',
                    'CBP_ASSIGNED', '990000-BENCH', decode(md5(?::text), 'hex'), '990000-BENCH', 'ACTIVE', now())
                """).param(broker).param(broker).update();
        jdbc.sql("insert into sub_account (id, account_id, activity, name, status, created_at) values (gen_random_uuid(), ?, 'BROKER', 'Brokerage', 'ACTIVE', now())")
                .param(broker).update();
        jdbc.sql("insert into account_membership (account_id, user_id, role, status, since) values (?, ?, 'OWNER', 'ACTIVE', now()), (?, ?, 'USER', 'ACTIVE', now())")
                .param(broker).param(owner.value()).param(broker).param(teamMember.value()).update();
        jdbc.sql("""
                create temporary table bench_client as
                select gen_random_uuid() as account_id, gen_random_uuid() as sub_id, gen_random_uuid() as other_sub_id,
                       gen_random_uuid() as grant_id, i
                from generate_series(1, ?) i
                """).param(CLIENTS).update();
        jdbc.sql("""
                insert into trade_account (id, number, legal_name, street, city, country, phone, tax_id_kind, tax_id_plain,
                    tax_id_digest, tax_id_display, status, created_at)
                select account_id, 'TB' || nextval('trade_account_number_seq'), 'Client ' || i, '1 Main', 'Town', 'US', '1',
                    'CBP_ASSIGNED', 'B' || i, decode(md5(account_id::text), 'hex'), 'B' || i, 'ACTIVE', now()
                from bench_client
                """).update();
        jdbc.sql("""
                insert into sub_account (id, account_id, activity, name, status, created_at)
                select sub_id, account_id, 'IMPORTER', 'Imports', 'ACTIVE', now() from bench_client
                union all
                select other_sub_id, account_id, 'EXPORTER', 'bench', 'ACTIVE', now() from bench_client
                """).update();
        jdbc.sql("""
                insert into cross_account_grant (id, grantor_account_id, grantee_account_id, status, initiated_by, starts_on,
                    ends_on, requested_by, requested_at, decided_by, decided_at)
                select grant_id, account_id, ?, 'ACTIVE', 'GRANTOR', current_date - 1, current_date + 365, ?, now(), ?, now()
                from bench_client
                """).param(broker).param(owner.value()).param(owner.value()).update();
        jdbc.sql("""
                insert into cross_account_grant_scope (grant_id, sub_account_id, function, level)
                select grant_id, sub_id, f, 'EDIT' from bench_client, unnest(array['ENTRIES', 'REVIEWS', 'PAYMENTS']) f
                """).update();
        UUID group = UUID.randomUUID();
        jdbc.sql("insert into client_group (id, account_id, name, created_at) values (?, ?, 'Half the clients', now())")
                .param(group).param(broker).update();
        jdbc.sql("insert into client_group_account (group_id, client_account_id) select ?, account_id from bench_client where i % 2 = 0")
                .param(group).update();
        jdbc.sql("insert into client_group_user (group_id, user_id, function, level) values (?, ?, 'ENTRIES', 'VIEW')")
                .param(group).param(teamMember.value()).update();
    }
}
