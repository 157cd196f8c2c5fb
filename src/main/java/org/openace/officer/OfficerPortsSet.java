package org.openace.officer;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.PortCode;

/**
 * An administrator (on the page, on the command line) or the demo seeding set an officer's ports and team; published
 * in the transaction that stored them.
 *
 * @param officer the officer's user id
 * @param ports   the ports they work from now on, in code order (empty: none)
 * @param team    their team from now on, or null for none
 */
public record OfficerPortsSet(UUID officer, Set<PortCode> ports, @Nullable String team) {

    public OfficerPortsSet {
        ports = PortList.sorted(ports);
    }
}
