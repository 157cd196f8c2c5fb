package org.openace.platform;

import java.util.UUID;

/**
 * What any module may know of the principal of a signed-in request without depending on the identity module:
 * the user's internal id and user ID. Never personal data.
 */
public interface IdentifiedPrincipal {

    UUID userId();

    String username();
}
