package org.openace.officer;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.PortCode;
import org.openace.identity.Role;
import org.openace.identity.UserDirectory;
import org.openace.identity.UserId;
import org.openace.identity.UserSummary;
import org.springframework.stereotype.Component;

/** The customs officers as administrators see them: every user with the officer role, with their ports and team. */
@Component
class OfficerRoster {

    /** An officer on the administrators' page. */
    record Entry(UUID id, String username, String displayName, boolean active, Set<PortCode> ports,
                 @Nullable String team) {

        Entry {
            ports = PortList.sorted(ports);
        }

        Officer officer() {
            return new Officer(id, username, ports, team);
        }

        public String portsShown() {
            return PortList.shown(ports);
        }
    }

    private final UserDirectory users;
    private final OfficerRows rows;

    OfficerRoster(UserDirectory users, OfficerRows rows) {
        this.users = users;
        this.rows = rows;
    }

    /** Every officer, by user ID, whatever their status. */
    List<Entry> all() {
        List<UserSummary> officers = users.withRole(Role.OFFICER);
        Map<UUID, Set<PortCode>> ports = rows.portsOf(officers.stream().map(u -> u.id().value()).toList());
        Map<UUID, String> teams = rows.teams();
        return officers.stream()
                .map(u -> entry(u, ports.getOrDefault(u.id().value(), Set.of()), teams.get(u.id().value())))
                .sorted(Comparator.comparing(Entry::username))
                .toList();
    }

    /** The officer of this id; empty if there is no such user or they do not hold the officer role. */
    Optional<Entry> find(UUID id) {
        return users.find(new UserId(id)).filter(u -> u.roles().contains(Role.OFFICER))
                .map(u -> entry(u, rows.ports(id), rows.team(id).orElse(null)));
    }

    private static Entry entry(UserSummary user, Set<PortCode> ports, @Nullable String team) {
        return new Entry(user.id().value(), user.username().value(), user.displayName(), user.isActive(), ports, team);
    }
}
