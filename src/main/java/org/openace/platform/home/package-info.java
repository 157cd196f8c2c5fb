/**
 * What the home page shows of each module without depending on any: the work waiting for the signed-in user and the
 * roles they hold. Modules implement {@link org.openace.platform.home.WorkWaiting} and
 * {@link org.openace.platform.home.RolesHeld} as beans.
 */
@NullMarked
package org.openace.platform.home;

import org.jspecify.annotations.NullMarked;
