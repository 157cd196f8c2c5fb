package org.openace.identity.user;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openace.identity.Role;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestClock;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
class InactivityIntegrationTests {

    private static final Duration LIMIT = Duration.ofDays(45);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;
    @Autowired
    InactivityCheck inactivity;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aUserInactiveForMoreThan45DaysIsDisabledAndOneInactiveFor44DaysIsNot() {
        PortalUser idle = users.create("idle", Role.TRADE);
        clock.advance(Duration.ofDays(1));
        PortalUser recent = users.create("recent", Role.TRADE);
        clock.advance(Duration.ofDays(44).plusSeconds(1));

        int disabled = inactivity.disableInactiveUsers();

        assertThat(disabled).isGreaterThanOrEqualTo(1);
        assertThat(users.reload(idle).status()).isEqualTo(UserStatus.DISABLED);
        assertThat(users.reload(recent).status()).isEqualTo(UserStatus.ACTIVE);
    }

    @Test
    void eachDisabledUserIsAuditedAsDoneByTheSystem() {
        PortalUser idle = users.create("audited", Role.TRADE);
        clock.advance(LIMIT.plusSeconds(1));

        inactivity.disableInactiveUsers();

        List<Map<String, Object>> rows = jdbc.sql("""
                select actor_id, actor_name, outcome, details ->> 'limitDays' as limit_days from audit_event
                where action = 'USER_DISABLED_INACTIVE' and object_type = 'USER' and object_id = ?
                """).param(idle.id().toString()).query().listOfRows();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("actor_id")).isNull();
            assertThat(row.get("actor_name")).isEqualTo("system");
            assertThat(row.get("outcome")).isEqualTo("SUCCESS");
            assertThat(row.get("limit_days")).isEqualTo("45");
        });
    }

    @Test
    void aUserDisabledForInactivityIsToldSoWhenTheyGiveTheRightPassword() {
        PortalUser idle = users.create("told", Role.TRADE);
        clock.advance(LIMIT.plusSeconds(1));
        inactivity.disableInactiveUsers();

        PortalClient browser = new PortalClient(mvc);
        browser.get("/sign-in");
        PortalClient.Page right = browser.post("/sign-in", Map.of("acknowledge", "yes",
                "username", idle.username().value(), "password", TestUsers.PASSWORD));
        PortalClient.Page wrong = browser.post("/sign-in", Map.of("acknowledge", "yes",
                "username", idle.username().value(), "password", "not the password at all"));

        assertThat(right.status()).isEqualTo(403);
        assertThat(right.body()).contains("This user has been disabled because it was not used for 45 days");
        assertThat(wrong.status()).as("a wrong password tells nothing of the status").isEqualTo(401);
        assertThat(wrong.body()).doesNotContain("disabled");
    }

    @Test
    void reactivationRestartsTheInactivityClock() {
        PortalUser idle = users.create("revived", Role.TRADE);
        clock.advance(LIMIT.plusSeconds(1));
        inactivity.disableInactiveUsers();
        assertThat(users.reload(idle).status()).isEqualTo(UserStatus.DISABLED);

        PortalUser admin = users.create("reviver", Role.ADMINISTRATOR);
        PortalClient adminBrowser = new PortalClient(mvc);
        adminBrowser.signIn(admin);
        adminBrowser.get("/admin/users/" + idle.id());
        PortalClient.Page done = adminBrowser.post("/admin/users/" + idle.id() + "/reactivate", Map.of());
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).contains("is active again");

        inactivity.disableInactiveUsers();
        assertThat(users.reload(idle).status()).as("the clock started again at the reactivation")
                .isEqualTo(UserStatus.ACTIVE);
        PortalClient userBrowser = new PortalClient(mvc);
        assertThat(userBrowser.signIn(idle).path()).isEqualTo("/");

        clock.advance(LIMIT.plusSeconds(1));
        inactivity.disableInactiveUsers();
        assertThat(users.reload(idle).status()).isEqualTo(UserStatus.DISABLED);
    }

    @Test
    void disablingAUserEndsTheirOpenSessions() {
        PortalUser idle = users.create("session", Role.TRADE);
        PortalClient browser = new PortalClient(mvc);
        browser.signIn(idle);
        assertThat(browser.get("/").status()).isEqualTo(200);
        // the clock of this user alone is set back, so that the session itself has not timed out
        jdbc.sql("update app_user set inactivity_from = inactivity_from - interval '46 days' where id = ?")
                .param(idle.id().value()).update();

        inactivity.disableInactiveUsers();

        assertThat(users.reload(idle).status()).isEqualTo(UserStatus.DISABLED);
        assertThat(browser.get("/").path()).matches("/signed-out\\?reason=expired|/sign-in");
    }

    @Test
    void onlyOneNodeAppliesTheRuleAtATime() throws SQLException {
        PortalUser idle = users.create("locked.out", Role.TRADE);
        clock.advance(LIMIT.plusSeconds(1));

        try (Connection otherNode = dataSource.getConnection()) {
            assertThat(advisory(otherNode, "select pg_try_advisory_lock(?)")).isTrue();
            try {
                assertThat(inactivity.disableInactiveUsers()).isZero();
                assertThat(users.reload(idle).status()).isEqualTo(UserStatus.ACTIVE);
            }
            finally {
                advisory(otherNode, "select pg_advisory_unlock(?)");
            }
        }

        assertThat(inactivity.disableInactiveUsers()).isGreaterThanOrEqualTo(1);
        assertThat(users.reload(idle).status()).isEqualTo(UserStatus.DISABLED);
        try (Connection otherNode = dataSource.getConnection()) {
            assertThat(advisory(otherNode, "select pg_try_advisory_lock(?)")).as("the run released its lock").isTrue();
            advisory(otherNode, "select pg_advisory_unlock(?)");
        }
    }

    private static boolean advisory(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, InactivityCheck.RUN_LOCK);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
