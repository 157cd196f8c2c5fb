package org.openace.platform.home;

import java.util.List;

import org.openace.platform.IdentifiedPrincipal;

/**
 * What one module has waiting for a signed-in user now: access offers to answer, applications to review, locked
 * users to look at. Each module that has such work declares a bean; the home page lists the items of all of them
 * without knowing any. An implementation answers quickly (counts, not lists) and returns nothing for a user the work
 * is not for.
 */
public interface WorkWaiting {

    List<WaitingItem> waitingFor(IdentifiedPrincipal user);
}
