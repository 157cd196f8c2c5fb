/**
 * Entry summaries on statements: the filing module's side of the payments module's statements (which accepted
 * summaries are waiting for one, and their move onto one through the entry summary's own lifecycle).
 */
@NullMarked
package org.openace.filing.statement;

import org.jspecify.annotations.NullMarked;
