/**
 * Messages to people outside the portal: e-mail written to an outbox in the transaction of the change that causes
 * it and delivered after the commit (over SMTP, or in the demo profile to a developer mailbox that captures every
 * message so that all flows can be completed on one machine), retried with back-off, and shown to administrators
 * when it finally fails.
 */
@NullMarked
package org.openace.notification;

import org.jspecify.annotations.NullMarked;
