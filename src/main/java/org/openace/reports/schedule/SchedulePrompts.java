package org.openace.reports.schedule;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openace.reports.catalog.DateBasis;
import org.openace.reports.catalog.ReportPrompts;

/**
 * The prompts of a schedule: those of a run, with its dates given as a period relative to each run's date
 * ({@link RelativePeriod}) instead of fixed dates. An importer number is kept, as in a run's prompts, only as the
 * identifier that holds it and its masked display.
 */
public record SchedulePrompts(RelativePeriod period, DateBasis basis, ReportPrompts.@Nullable Importer importer,
                              @Nullable String port, @Nullable String filerCode, @Nullable String hts,
                              @Nullable String countryOfOrigin, @Nullable String entryType) {

    /** The prompts of the run due on {@code runDate}. */
    public ReportPrompts at(java.time.LocalDate runDate) {
        RelativePeriod.Range range = period.range(runDate);
        return new ReportPrompts(basis, range.from(), range.to(), importer, port, filerCode, hts, countryOfOrigin,
                entryType);
    }

    /** A run's prompts without their dates, and the period that replaces them. */
    public static SchedulePrompts of(RelativePeriod period, ReportPrompts prompts) {
        return new SchedulePrompts(period, prompts.basis(), prompts.importer(), prompts.port(), prompts.filerCode(),
                prompts.hts(), prompts.countryOfOrigin(), prompts.entryType());
    }

    /** The prompts in words, as the list of schedules shows them. */
    public List<String> described() {
        List<String> words = new ArrayList<>();
        words.add(basis.label() + ": " + period.label().substring(0, 1).toLowerCase(java.util.Locale.ROOT)
                + period.label().substring(1));
        List<String> ofARun = at(java.time.LocalDate.of(2000, 1, 1)).described();
        words.addAll(ofARun.subList(1, ofARun.size())); // a run's prompts in words: its dates first, then the rest
        return words;
    }
}
