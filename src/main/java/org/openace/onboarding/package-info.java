/**
 * Onboarding: applying for a trade account (the /apply wizard with its Privacy Act statement, drafts kept between
 * visits through a private link, submission) and the customs officers' review, which approves (opening the account
 * through the account module) or returns the application with reasons.
 */
@NullMarked
package org.openace.onboarding;

import org.jspecify.annotations.NullMarked;
