/**
 * The notifications inbox and e-mail alerts (issue 11, MISSION R3): each past-tense fact about an entry (accepted,
 * rejected, held, released, liquidated), a CBP form (issued, answered, asked again, closed) or a protest (filed,
 * decided) becomes one notification for each user who should be told, the trade users who may see that entry or form
 * by the same rights as the pages (the account module's {@code EntitledUsers}) and, for answers and protests, the
 * officers concerned (the form's assigned officer, else the officers at the port); a redelivered event adds nothing.
 * The inbox page (unread first, forms with their answer state read live from the review module), the unread count in
 * the navigation, and e-mail alerts each user chooses per kind, immediate (through the notification module's outbox)
 * or in a daily digest, never with personal data in the mail. Read notifications are purged after a retention period.
 */
@NullMarked
package org.openace.inbox;

import org.jspecify.annotations.NullMarked;
