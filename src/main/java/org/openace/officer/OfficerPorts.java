package org.openace.officer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.openace.account.PortCode;

/**
 * Other modules' questions about customs officers' ports and teams: an officer acts only within the ports they work.
 * Only users who hold the officer role now have ports and a team here: a user whose role was taken away works no
 * port, whatever was set for them before.
 */
public interface OfficerPorts {

    /** The ports the officer works; empty when none are set (the officer then acts at no port). */
    Set<PortCode> portsOf(UUID officer);

    /** Whether the officer works at the port. */
    boolean works(UUID officer, PortCode port);

    /** The officer's team, if set (a short name such as "Trade Enforcement Team 2"). */
    Optional<String> teamOf(UUID officer);

    /**
     * The officers working at any of these ports, with their ports and team, by username (for assigning work). Only
     * active users who hold the officer role are listed.
     */
    List<Officer> officersAt(Collection<PortCode> ports);

    /** The teams that exist (for a filter), sorted. */
    List<String> teams();
}
