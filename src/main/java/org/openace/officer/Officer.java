package org.openace.officer;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.PortCode;

/**
 * A customs officer with the ports they work and their team.
 *
 * @param id       the officer's user id
 * @param username the officer's user ID (as they sign in)
 * @param ports    the ports they work, in code order; empty when none are set
 * @param team     their team, or null when none is set
 */
public record Officer(UUID id, String username, Set<PortCode> ports, @Nullable String team) {

    public Officer {
        ports = PortList.sorted(ports);
    }
}
