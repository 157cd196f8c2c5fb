/**
 * Applying for a trade account (A1) and the customs officers' review of applications: the step-by-step Account
 * Owner Designation/Authorization application with its Privacy Act statement, drafts kept between visits through a
 * private link, submission, and an officer's approval (which opens the account) or return with reasons.
 */
@NullMarked
package org.openace.account.application;

import org.jspecify.annotations.NullMarked;
