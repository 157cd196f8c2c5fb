package org.openace.reports.schedule;

/**
 * Where a schedule stands: {@code ACTIVE} (runs when due), {@code PAUSED} by its owner (runs again once resumed), or
 * {@code STOPPED} by the portal because its owner may no longer run it (final, with the reason; its owner makes a new
 * schedule once they hold the right again).
 */
public enum ScheduleStatus {
    ACTIVE, PAUSED, STOPPED
}
