package org.openace.officer;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openace.account.PortCode;
import org.openace.audit.AuditActor;
import org.openace.identity.EmailAddress;
import org.openace.identity.Role;
import org.openace.identity.UserDirectory;
import org.openace.identity.UserId;
import org.openace.identity.Username;
import org.openace.identity.user.PortalUser;
import org.openace.identity.user.UserRegistration;
import org.openace.platform.AdminCommand;
import org.openace.reference.Ports;
import org.openace.reference.load.TestReferenceData;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customs officers' ports and teams: set and replaced by administrators (on the page, on the command line), read by
 * other modules through {@link OfficerPorts}; a user who is not an officer and a port not in Schedule D are refused
 * and nothing changes; every setting is audited and announced; the demo officer works every port of the samples.
 */
@PortalTest
@RecordApplicationEvents
class OfficerPortsIntegrationTests {

    private static final PortCode LOS_ANGELES = new PortCode("2704");
    private static final PortCode LONG_BEACH = new PortCode("2709");
    private static final PortCode BOSTON = new PortCode("0401");
    /** Seattle: a real port, but not in the Schedule D sample. */
    private static final PortCode NOT_IN_THE_SAMPLE = new PortCode("3001");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    OfficerPorts officerPorts;
    @Autowired
    SetOfficerPorts setting;
    @Autowired
    UserDirectory directory;
    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void samples() {
        TestReferenceData.loadSamples(context);
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private SetOfficerPorts.Outcome set(PortalUser user, Set<PortCode> ports, Optional<String> team) {
        return setting.set(user.id(), ports, team, AuditActor.SYSTEM);
    }

    private int audited(String outcome, UserId user) {
        return jdbc.sql("select count(*) from audit_event where action = 'OFFICER_PORTS_SET' and outcome = ? "
                + "and object_type = 'USER' and object_id = ?").params(outcome, user.toString())
                .query(Integer.class).single();
    }

    private Map<String, Object> lastAuditDetails(UserId user) {
        return jdbc.sql("select details->>'ports' as ports, coalesce(details->>'team', '') as team from audit_event "
                + "where action = 'OFFICER_PORTS_SET' and object_id = ? order by seq desc limit 1")
                .param(user.toString()).query().singleRow();
    }

    @Test
    void anOfficersPortsAndTeamAreSetReplacedAuditedAnnouncedAndAnswered() {
        PortalUser officer = users.create("ports.a", Role.OFFICER);
        PortalUser colleague = users.create("ports.b", Role.OFFICER);
        UUID id = officer.id().value();
        String team = unique("Trade Enforcement Team");

        assertThat(officerPorts.portsOf(id)).as("none set: acts at no port").isEmpty();
        assertThat(officerPorts.works(id, LOS_ANGELES)).isFalse();
        assertThat(set(officer, Set.of(LONG_BEACH, LOS_ANGELES), Optional.of(team)))
                .isInstanceOf(SetOfficerPorts.Outcome.Stored.class);
        set(colleague, Set.of(BOSTON, LONG_BEACH), Optional.empty());

        assertThat(officerPorts.portsOf(id)).containsExactly(LOS_ANGELES, LONG_BEACH);
        assertThat(officerPorts.works(id, LOS_ANGELES)).isTrue();
        assertThat(officerPorts.works(id, BOSTON)).isFalse();
        assertThat(officerPorts.teamOf(id)).contains(team);
        assertThat(officerPorts.teamOf(colleague.id().value())).isEmpty();
        assertThat(officerPorts.teams()).contains(team).isSortedAccordingTo(StoredOfficerPorts.TEAM_ORDER);
        assertThat(officerPorts.officersAt(List.of(LOS_ANGELES)).stream().map(Officer::id)).contains(id)
                .doesNotContain(colleague.id().value());
        List<Officer> atEither = officerPorts.officersAt(List.of(LOS_ANGELES, BOSTON)).stream()
                .filter(o -> o.id().equals(id) || o.id().equals(colleague.id().value())).toList();
        assertThat(atEither).containsExactly(
                new Officer(id, officer.username().value(), Set.of(LOS_ANGELES, LONG_BEACH), team),
                new Officer(colleague.id().value(), colleague.username().value(), Set.of(BOSTON, LONG_BEACH), null));
        assertThat(officerPorts.officersAt(List.of())).isEmpty();
        assertThat(lastAuditDetails(officer.id())).isEqualTo(Map.of("ports", "2704,2709", "team", team));
        assertThat(events.stream(OfficerPortsSet.class))
                .contains(new OfficerPortsSet(id, Set.of(LOS_ANGELES, LONG_BEACH), team));

        set(officer, Set.of(BOSTON), Optional.empty());

        assertThat(officerPorts.portsOf(id)).containsExactly(BOSTON);
        assertThat(officerPorts.works(id, LOS_ANGELES)).isFalse();
        assertThat(officerPorts.teamOf(id)).isEmpty();
        assertThat(officerPorts.teams()).doesNotContain(team);
        assertThat(officerPorts.officersAt(List.of(LOS_ANGELES)).stream().map(Officer::id)).doesNotContain(id);
        assertThat(lastAuditDetails(officer.id())).isEqualTo(Map.of("ports", "0401", "team", ""));
        assertThat(audited("SUCCESS", officer.id())).isEqualTo(2);
        assertThat(events.stream(OfficerPortsSet.class)).contains(new OfficerPortsSet(id, Set.of(BOSTON), null));

        set(officer, Set.of(), Optional.empty());
        assertThat(officerPorts.portsOf(id)).isEmpty();
    }

    @Test
    void aUserWhoIsNotAnOfficerAndAPortNotInScheduleDAreRefusedAndNothingChanges() {
        PortalUser trade = users.create("ports.trade", Role.TRADE);
        PortalUser officer = users.create("ports.c", Role.OFFICER);
        String team = unique("Cargo Team");

        assertThat(set(trade, Set.of(LOS_ANGELES), Optional.of(team))).isEqualTo(new SetOfficerPorts.Outcome.Refused(
                SetOfficerPorts.Refusal.NOT_AN_OFFICER, List.of(), false));
        assertThat(officerPorts.portsOf(trade.id().value())).isEmpty();
        assertThat(jdbc.sql("select count(*) from officer_port where user_id = ?").param(trade.id().value())
                .query(Integer.class).single()).isZero();
        assertThat(audited("DENIED", trade.id())).isEqualTo(1);
        assertThat(setting.set(UserId.random(), Set.of(LOS_ANGELES), Optional.empty(), AuditActor.SYSTEM))
                .isEqualTo(new SetOfficerPorts.Outcome.Refused(SetOfficerPorts.Refusal.NO_SUCH_USER, List.of(), false));

        set(officer, Set.of(LOS_ANGELES), Optional.of(team));
        assertThat(set(officer, Set.of(NOT_IN_THE_SAMPLE, BOSTON), Optional.empty()))
                .isEqualTo(new SetOfficerPorts.Outcome.Refused(SetOfficerPorts.Refusal.UNKNOWN_PORT,
                        List.of(NOT_IN_THE_SAMPLE), false));
        assertThat(officerPorts.portsOf(officer.id().value())).containsExactly(LOS_ANGELES);
        assertThat(officerPorts.teamOf(officer.id().value())).contains(team);
        assertThat(audited("DENIED", officer.id())).isEqualTo(1);
        assertThat(audited("SUCCESS", officer.id())).isEqualTo(1);
    }

    @Test
    void anOfficerWhoIsNoLongerActiveIsNotOfferedForWork() {
        PortalUser officer = users.create("ports.d", Role.OFFICER);
        set(officer, Set.of(BOSTON), Optional.empty());
        assertThat(officerPorts.officersAt(List.of(BOSTON)).stream().map(Officer::id)).contains(officer.id().value());

        directory.deactivate(officer.id());

        assertThat(officerPorts.officersAt(List.of(BOSTON)).stream().map(Officer::id))
                .doesNotContain(officer.id().value());
    }

    @Test
    void anAdministratorSetsAnOfficersPortsAndTeamOnThePage() {
        PortalClient admin = PortalClient.signedIn(mvc, users.create("ports.admin", Role.ADMINISTRATOR));
        PortalUser officer = users.create("ports.e", Role.OFFICER);
        String username = officer.username().value();
        String path = "/admin/officers/" + officer.id();

        PortalClient.Page list = admin.get("/admin/officers");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("<title>Officers, ports and teams | OpenACE</title>", username,
                "None: acts at no port", "href=\"" + path + "\"");
        assertThat(admin.get(path).body()).contains("Ports and team of " + username, "name=\"ports\"",
                "name=\"team\"", "name=\"_csrf\"");

        PortalClient.Page saved = admin.post(path, Map.of("ports", "2709 2704,0401", "team", "  Air  Cargo Team 4 "));
        assertThat(saved.path()).isEqualTo("/admin/officers");
        assertThat(saved.body()).contains("The ports and team of " + username + " are saved.",
                "0401, 2704, 2709", "Air Cargo Team 4");
        assertThat(officerPorts.portsOf(officer.id().value())).containsExactly(BOSTON, LOS_ANGELES, LONG_BEACH);
        assertThat(officerPorts.teamOf(officer.id().value())).contains("Air Cargo Team 4");
        assertThat(jdbc.sql("select actor_name from audit_event where action = 'OFFICER_PORTS_SET' and object_id = ? "
                + "order by seq desc limit 1").param(officer.id().toString()).query(String.class).single())
                .startsWith("ports.admin.");
    }

    @Test
    void aBadPortOrTeamIsRefusedOnItsFieldWith400AndNothingChanges() {
        PortalClient admin = PortalClient.signedIn(mvc, users.create("ports.admin", Role.ADMINISTRATOR));
        PortalUser officer = users.create("ports.f", Role.OFFICER);
        PortalUser trade = users.create("ports.trade", Role.TRADE);
        String path = "/admin/officers/" + officer.id();
        admin.post(path, Map.of("ports", "2704", "team", "Team F"));

        PortalClient.Page shape = admin.post(path, Map.of("ports", "2709, 27O4", "team", "Team G"));
        assertThat(shape.status()).isEqualTo(400);
        assertThat(shape.body()).contains("&quot;27O4&quot; is not a port code", "id=\"ports-error\"",
                "usa-form-group--error", "2709, 27O4");
        PortalClient.Page unknown = admin.post(path, Map.of("ports", "2709 3001", "team", "Team G"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("Port 3001 is not a port of the Schedule D in force.");
        PortalClient.Page team = admin.post(path, Map.of("ports", "2709", "team", "T".repeat(61)));
        assertThat(team.status()).isEqualTo(400);
        assertThat(team.body()).contains("A team name is at most 60 characters, not 61.", "id=\"team-error\"");

        assertThat(officerPorts.portsOf(officer.id().value())).containsExactly(LOS_ANGELES);
        assertThat(officerPorts.teamOf(officer.id().value())).contains("Team F");
        assertThat(admin.get("/admin/officers/" + trade.id()).status()).as("not an officer").isEqualTo(404);
        admin.get("/admin/officers");
        assertThat(admin.post("/admin/officers/" + trade.id(), Map.of("ports", "2704", "team", "")).status())
                .isEqualTo(404);
        assertThat(admin.get("/admin/officers/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(admin.get("/admin/officers/not-an-id").status()).isEqualTo(404);
        assertThat(officerPorts.portsOf(trade.id().value())).isEmpty();
    }

    @Test
    void onlyAdministratorsReachThePages() {
        PortalUser target = users.create("ports.g", Role.OFFICER);
        for (Role role : List.of(Role.OFFICER, Role.TRADE, Role.PGA)) {
            PortalClient client = PortalClient.signedIn(mvc, users.create("ports.not-admin", role));
            assertThat(client.get("/admin/officers").status()).as(role.name()).isEqualTo(403);
            assertThat(client.get("/admin/officers/" + target.id()).status()).as(role.name()).isEqualTo(403);
            client.get("/");
            assertThat(client.post("/admin/officers/" + target.id(), Map.of("ports", "2704", "team", "")).status())
                    .as(role.name()).isEqualTo(403);
        }
        assertThat(officerPorts.portsOf(target.id().value())).isEmpty();
    }

    private record Run(int exitCode, String output) {
    }

    private Run command(Map<String, String> options) {
        AdminCommand command = context.getBeansOfType(AdminCommand.class).values().stream()
                .filter(c -> c.name().equals("officer-ports")).findFirst().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = command.run(options, new BufferedReader(new StringReader("")),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theCommandSetsAnOfficersPortsAndTeamAndRefusesWhatItCannotSet() {
        PortalUser officer = users.create("ports.h", Role.OFFICER);
        PortalUser trade = users.create("ports.trade", Role.TRADE);
        String username = officer.username().value();

        Run run = command(Map.of("user", username, "ports", "2709,2704", "team", "Cargo Team 3"));
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("Officer " + username + " now works at ports 2704, 2709; team: Cargo Team 3.");
        run = command(Map.of("user", username.toUpperCase(java.util.Locale.ROOT), "ports", "0401"));
        assertThat(run.output()).as("the team is kept when not given")
                .contains("now works at ports 0401; team: Cargo Team 3.");
        assertThat(audited("SUCCESS", officer.id())).isEqualTo(2);
        assertThat(jdbc.sql("select actor_name from audit_event where action = 'OFFICER_PORTS_SET' and object_id = ? "
                + "order by seq desc limit 1").param(officer.id().toString()).query(String.class).single())
                .isEqualTo("command-line");

        Run noUser = command(Map.of("user", "nobody.at.all", "ports", "2704"));
        assertThat(noUser.exitCode()).isEqualTo(1);
        assertThat(noUser.output()).contains("There is no user nobody.at.all. Nothing was changed.");
        Run notOfficer = command(Map.of("user", trade.username().value(), "ports", "2704"));
        assertThat(notOfficer.exitCode()).isEqualTo(1);
        assertThat(notOfficer.output()).contains("is not a customs officer");
        Run unknownPort = command(Map.of("user", username, "ports", "2704,3001", "team", ""));
        assertThat(unknownPort.exitCode()).isEqualTo(1);
        assertThat(unknownPort.output()).contains("Not a port of the Schedule D in force: 3001. Nothing was changed.");
        Run badShape = command(Map.of("user", username, "ports", "27O4"));
        assertThat(badShape.exitCode()).isEqualTo(2);
        assertThat(badShape.output()).contains("\"27O4\" is not a port code", "Usage: admin officer-ports");
        assertThat(command(Map.of("user", username)).exitCode()).as("--ports missing").isEqualTo(2);
        assertThat(officerPorts.portsOf(officer.id().value())).containsExactly(BOSTON);
        assertThat(officerPorts.teamOf(officer.id().value())).contains("Cargo Team 3");

        Run none = command(Map.of("user", username, "ports", "", "team", ""));
        assertThat(none.exitCode()).isZero();
        assertThat(none.output()).contains("now works at no port; team: none.");
        assertThat(officerPorts.portsOf(officer.id().value())).isEmpty();
    }

    @Test
    void theDemoOfficerWorksEveryPortOfTheSamplesOnceAndAnAdministratorsChangeStays(
            @Autowired UserRegistration registration, @Autowired TransactionTemplate transaction,
            @Autowired OfficerRows rows, @Autowired Ports schedule, @Autowired java.time.Clock clock) {
        Username demo = new Username(DemoOfficerPorts.OFFICER);
        if (directory.findByUsername(demo).isEmpty()) {
            transaction.executeWithoutResult(status -> registration.register(demo, "Omar Okafor",
                    new EmailAddress("officer.demo@openace.test"), Set.of(Role.OFFICER)));
        }
        UUID id = directory.findByUsername(demo).orElseThrow().id().value();
        DemoOfficerPorts seeding = new DemoOfficerPorts(setting, rows, directory, schedule, clock);

        seeding.run(null);

        List<PortCode> sample = schedule.inForce(java.time.LocalDate.now(clock));
        assertThat(sample).contains(LOS_ANGELES, LONG_BEACH, BOSTON).hasSizeGreaterThan(50);
        assertThat(officerPorts.portsOf(id)).containsExactlyInAnyOrderElementsOf(sample);
        assertThat(officerPorts.teamOf(id)).contains(DemoOfficerPorts.TEAM);

        setting.set(new UserId(id), Set.of(LOS_ANGELES), Optional.empty(), AuditActor.SYSTEM);
        seeding.run(null);

        assertThat(officerPorts.portsOf(id)).containsExactly(LOS_ANGELES);
        assertThat(officerPorts.teamOf(id)).isEmpty();
    }
}
