/**
 * Who may use the portal and how they prove it: user IDs, passwords, second factors (e-mailed codes,
 * authenticator apps, passkeys), lockout and throttling, password recovery, verified e-mail addresses, session
 * time-outs and the inactivity rule, with every security event audited.
 */
@NullMarked
package org.openace.identity;

import org.jspecify.annotations.NullMarked;
