/**
 * The Periodic Monthly Statement calendar: for each month, the preliminary statement on its 11th working day and the
 * payment on its 15th, for the entries released in the month before, counted with the federal holidays and closures
 * on file.
 */
@NullMarked
package org.openace.payment.calendar;

import org.jspecify.annotations.NullMarked;
