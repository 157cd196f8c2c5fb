/**
 * The portal's public face and house rules: the home page, site notices posted by administrators, versioned
 * Terms and Conditions with each user's acceptance, the Privacy Act statement, support contacts and the
 * accessibility statement.
 */
@NullMarked
package org.openace.site;

import org.jspecify.annotations.NullMarked;
