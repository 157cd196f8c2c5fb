package org.openace.identity;

import java.util.List;
import java.util.Optional;

/**
 * Something a user must do after signing in before using the portal (accept new Terms and Conditions, verify an
 * e-mail address). Other modules contribute requirements as beans; while one is pending, only its own pages can
 * be reached.
 */
public interface SignInRequirement {

    /** The page that satisfies the requirement, if the user still has to visit it. */
    Optional<String> pendingStep(CurrentUser user);

    /** Path prefixes of the requirement's own pages, reachable while it is pending. */
    List<String> stepPaths();
}
