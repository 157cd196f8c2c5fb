/**
 * Entries under review (issue 11, MISSION R1 and R4): the CBP forms an officer issues from an entry under an action
 * number, Form 28 (request for information), Form 29 (notice of action, proposed or taken) and Form 4647 (notice to mark or
 * redeliver); the trade's answers with documents (kept in the document module's store), drafts kept, round by round;
 * the officer's review (ask again, close, follow with a Form 29), each step in the form's steps, the entry's history
 * (the filing module's {@code EntryReviews}) and the audit trail; overdue forms flagged on both sides. The importer's
 * users with the reviews right see its forms, and the broker that filed the entry a courtesy copy where the importer's
 * sub-account designates it; protests (CBP Form 19) against the liquidation of entries within 180 days, with
 * accelerated disposition, decided by an officer at the port; officers act only at their ports (the officer module's
 * {@code OfficerPorts}).
 */
@NullMarked
package org.openace.review;

import org.jspecify.annotations.NullMarked;
