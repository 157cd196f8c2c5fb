package org.openace.reference;

import java.time.LocalDate;

/**
 * A day federal offices are closed: a legal public holiday of 5 U.S.C. 6103(a) on its observed day (a Saturday
 * holiday is observed the Friday before, a Sunday one the Monday after), or a closure by executive order.
 */
public record Holiday(LocalDate observed, LocalDate date, String name, String source) {
}
