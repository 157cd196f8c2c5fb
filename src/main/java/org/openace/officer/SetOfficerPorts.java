package org.openace.officer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openace.account.PortCode;
import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.Role;
import org.openace.identity.UserDirectory;
import org.openace.identity.UserId;
import org.openace.identity.UserSummary;
import org.openace.reference.Ports;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets the ports a customs officer works and their team, replacing what was set: the user must hold the officer role
 * and every port must be a port of the Schedule D edition in force today. Audited ({@value #ACTION}) and announced
 * ({@link OfficerPortsSet}) in the transaction that stores them; a refusal changes nothing and is audited as denied.
 */
@Component
class SetOfficerPorts {

    static final String ACTION = "OFFICER_PORTS_SET";

    /** Why a setting was refused. */
    enum Refusal {
        NO_SUCH_USER, NOT_AN_OFFICER, UNKNOWN_PORT
    }

    /** What came of a setting. */
    sealed interface Outcome {
        /** Stored: the officer as they are now. */
        record Stored(Officer officer) implements Outcome {
        }

        /** Refused, nothing changed; {@code unknownPorts} are the ports not in Schedule D (for UNKNOWN_PORT). */
        record Refused(Refusal refusal, List<PortCode> unknownPorts, boolean noPortsLoaded) implements Outcome {
        }
    }

    private final OfficerRows rows;
    private final UserDirectory users;
    private final Ports schedule;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SetOfficerPorts(OfficerRows rows, UserDirectory users, Ports schedule, AuditTrail audit,
                    ApplicationEventPublisher events, Clock clock) {
        this.rows = rows;
        this.users = users;
        this.schedule = schedule;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sets the officer's ports (empty: none) and team (empty: none).
     *
     * @param team a name as {@link TeamName} reads it
     */
    @Transactional
    Outcome set(UserId officer, Set<PortCode> ports, Optional<String> team, AuditActor actor) {
        if (team.isPresent() && !TeamName.valid(team.get())) {
            throw new IllegalArgumentException("Not a team name: " + team.get());
        }
        Optional<UserSummary> user = users.find(officer);
        if (user.isEmpty()) {
            return refuse(null, Refusal.NO_SUCH_USER, List.of(), false, actor);
        }
        if (!user.get().roles().contains(Role.OFFICER)) {
            return refuse(user.get(), Refusal.NOT_AN_OFFICER, List.of(), false, actor);
        }
        Set<PortCode> known = new HashSet<>(schedule.inForce(LocalDate.now(clock)));
        List<PortCode> unknown = PortList.sorted(ports).stream().filter(port -> !known.contains(port)).toList();
        if (!unknown.isEmpty()) {
            return refuse(user.get(), Refusal.UNKNOWN_PORT, unknown, known.isEmpty(), actor);
        }
        rows.replace(officer.value(), PortList.sorted(ports), team);
        Officer set = new Officer(officer.value(), user.get().username().value(), ports, team.orElse(null));
        audit.record(AuditRecord.of(ACTION, AuditOutcome.SUCCESS).actor(actor).object("USER", officer)
                .detail("ports", String.join(",", set.ports().stream().map(PortCode::value).toList()))
                .detail("team", set.team()));
        events.publishEvent(new OfficerPortsSet(set.id(), set.ports(), set.team()));
        return new Outcome.Stored(set);
    }

    private Outcome refuse(@Nullable UserSummary user, Refusal refusal, List<PortCode> unknown, boolean noPortsLoaded,
                           AuditActor actor) {
        AuditRecord.Builder record = AuditRecord.of(ACTION, AuditOutcome.DENIED).actor(actor)
                .detail("reason", refusal.name());
        if (user != null) {
            record.object("USER", user.id());
        }
        if (!unknown.isEmpty()) {
            record.detail("unknownPorts", String.join(",", unknown.stream().map(PortCode::value).toList()));
        }
        audit.record(record);
        return new Outcome.Refused(refusal, unknown, noPortsLoaded);
    }
}
