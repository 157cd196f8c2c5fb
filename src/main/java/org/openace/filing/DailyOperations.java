package org.openace.filing;

import java.time.LocalDate;
import java.util.List;

/**
 * What happened to a trade user's entries today and this week (Monday to today), by kind: filed (accepted), corrected,
 * rejected, held, released, liquidated, ... (the kinds of the entry history).
 *
 * @param today  the day counted
 * @param monday the first day of the week counted
 * @param kinds  one row per kind, in the order of {@link #KINDS}, including kinds with nothing
 */
public record DailyOperations(LocalDate today, LocalDate monday, List<Count> kinds) {

    /** The kinds counted, in the order shown. */
    public static final List<String> KINDS = List.of("FILED", "CORRECTED", "REJECTED", "HOLD_PLACED",
            "HOLD_LIFTED", "RELEASED", "PLACED_ON_STATEMENT", "PAID", "LIQUIDATION_SCHEDULED", "LIQUIDATED",
            "DEEMED_LIQUIDATED", "EXTENDED", "FORM_ISSUED", "PROTEST_DECIDED");

    /** Of one kind: how many today and how many this week (today included). */
    public record Count(String kind, long today, long week) {
    }

    public DailyOperations {
        kinds = List.copyOf(kinds);
    }

    public long total(boolean todayOnly) {
        return kinds.stream().mapToLong(c -> todayOnly ? c.today() : c.week()).sum();
    }
}
