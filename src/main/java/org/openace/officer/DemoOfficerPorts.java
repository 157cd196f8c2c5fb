package org.openace.officer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.openace.account.PortCode;
import org.openace.audit.AuditActor;
import org.openace.identity.UserDirectory;
import org.openace.identity.UserSummary;
import org.openace.identity.Username;
import org.openace.reference.Ports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's officer {@code officer.demo} works every port of the Schedule D sample, the ports the demo
 * entries are made at (any port in force on their day), in the team {@value #TEAM}: set once, after the demo users
 * and the reference samples, when nothing is set for the officer yet (a later start leaves what an administrator
 * changed as it is).
 */
@Component
@Order(31)
@ConditionalOnBooleanProperty("openace.demo.seed")
class DemoOfficerPorts implements ApplicationRunner {

    static final String OFFICER = "officer.demo";
    static final String TEAM = "Trade Enforcement Team 1";

    private static final Logger log = LoggerFactory.getLogger(DemoOfficerPorts.class);

    private final SetOfficerPorts setting;
    private final OfficerRows rows;
    private final UserDirectory users;
    private final Ports schedule;
    private final Clock clock;

    DemoOfficerPorts(SetOfficerPorts setting, OfficerRows rows, UserDirectory users, Ports schedule, Clock clock) {
        this.setting = setting;
        this.rows = rows;
        this.users = users;
        this.schedule = schedule;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<UserSummary> officer = users.findByUsername(new Username(OFFICER));
        if (officer.isEmpty()) {
            log.warn("Demo officer's ports not set: the demo user {} is missing", OFFICER);
            return;
        }
        if (rows.anythingSet(officer.get().id().value())) {
            return;
        }
        List<PortCode> ports = schedule.inForce(LocalDate.now(clock));
        if (ports.isEmpty()) {
            log.warn("Demo officer's ports not set: no Schedule D ports are loaded");
            return;
        }
        if (setting.set(officer.get().id(), PortList.sorted(ports), Optional.of(TEAM), AuditActor.SYSTEM)
                instanceof SetOfficerPorts.Outcome.Refused refused) {
            log.warn("Demo officer's ports not set: {}", refused.refusal());
            return;
        }
        log.info("Demo officer {} works the {} ports of the Schedule D sample, in {}", OFFICER, ports.size(), TEAM);
    }
}
