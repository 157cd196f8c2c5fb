/**
 * Messages to people outside the portal: e-mail over SMTP, and in the demo profile a developer mailbox that
 * captures every message so that all flows can be completed on one machine.
 */
@NullMarked
package org.openace.notification;

import org.jspecify.annotations.NullMarked;
