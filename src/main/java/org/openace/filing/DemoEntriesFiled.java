package org.openace.filing;

import java.time.LocalDate;

/**
 * The demo profile's entry summaries are on file (written now, or found written by an earlier start), summary dated
 * within {@code from} to {@code to}: for the modules that add their demo data on top of them (the payments module's
 * statements). Published only under the demo profile, on the thread that wrote them.
 */
public record DemoEntriesFiled(LocalDate from, LocalDate to) {
}
