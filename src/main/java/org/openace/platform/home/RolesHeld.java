package org.openace.platform.home;

import java.util.List;

import org.openace.platform.IdentifiedPrincipal;

/**
 * The roles a module gives a user beyond the portal-wide ones, named on the home page: "Owner of Acme Imports Inc."
 * rather than "Trade user".
 */
public interface RolesHeld {

    /** A role: its text's key in {@code messages.properties} (argument 0 is {@code about}) and what it is held in. */
    record HeldRole(String messageKey, String about) {
    }

    List<HeldRole> heldBy(IdentifiedPrincipal user);
}
