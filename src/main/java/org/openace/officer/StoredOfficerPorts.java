package org.openace.officer;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.openace.account.PortCode;
import org.openace.identity.Role;
import org.openace.identity.UserDirectory;
import org.openace.identity.UserId;
import org.openace.identity.UserSummary;
import org.springframework.stereotype.Component;

/** {@link OfficerPorts} on the module's tables, asking the identity module who holds the officer role now. */
@Component
class StoredOfficerPorts implements OfficerPorts {

    /** Teams sorted as people read them: case aside first, then exactly, so the order never depends on the database. */
    static final Comparator<String> TEAM_ORDER = String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    private final OfficerRows rows;
    private final UserDirectory users;

    StoredOfficerPorts(OfficerRows rows, UserDirectory users) {
        this.rows = rows;
        this.users = users;
    }

    @Override
    public Set<PortCode> portsOf(UUID officer) {
        return isOfficer(officer) ? rows.ports(officer) : Set.of();
    }

    @Override
    public boolean works(UUID officer, PortCode port) {
        return portsOf(officer).contains(port);
    }

    @Override
    public Optional<String> teamOf(UUID officer) {
        return isOfficer(officer) ? rows.team(officer) : Optional.empty();
    }

    @Override
    public List<Officer> officersAt(Collection<PortCode> ports) {
        if (ports.isEmpty()) {
            return List.of();
        }
        List<UserSummary> officers = rows.working(ports).stream()
                .flatMap(id -> users.find(new UserId(id)).stream())
                .filter(user -> user.isActive() && user.roles().contains(Role.OFFICER))
                .toList();
        Map<UUID, Set<PortCode>> portsOf = rows.portsOf(officers.stream().map(u -> u.id().value()).toList());
        Map<UUID, String> teams = rows.teams();
        return officers.stream()
                .map(user -> new Officer(user.id().value(), user.username().value(),
                        portsOf.getOrDefault(user.id().value(), Set.of()), teams.get(user.id().value())))
                .sorted(Comparator.comparing(Officer::username))
                .toList();
    }

    @Override
    public List<String> teams() {
        Map<UUID, String> teams = rows.teams();
        return users.withRole(Role.OFFICER).stream().map(user -> teams.get(user.id().value()))
                .filter(Objects::nonNull).distinct().sorted(TEAM_ORDER).toList();
    }

    private boolean isOfficer(UUID user) {
        return users.find(new UserId(user)).map(u -> u.roles().contains(Role.OFFICER)).orElse(false);
    }
}
