package org.openace.reports.schedule;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.openace.reports.catalog.PromptForm;
import org.openace.reports.catalog.ReportPrompts;
import org.openace.reports.catalog.StandardReport;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * A schedule of a standard report as typed on its form: the report's prompts without dates, a period relative to each
 * run's date instead, and when it runs. {@link #check} turns it into the schedule's prompts and timing, or says per
 * field what is wrong. The report's prompts are checked by the report's own rules ({@link PromptForm}).
 */
record ScheduleForm(@Nullable String report, @Nullable String basis, @Nullable String period,
                    @Nullable String importer, @Nullable String port, @Nullable String filerCode,
                    @Nullable String hts, @Nullable String countryOfOrigin, @Nullable String entryType,
                    @Nullable String frequency, @Nullable String weekday, @Nullable String dayOfMonth,
                    @Nullable String time, @Nullable String zone) {

    /** The time zones a schedule may run in: UTC, and those of the United States and its territories. */
    static final List<String> ZONES = List.of("UTC", "America/New_York", "America/Chicago", "America/Denver",
            "America/Phoenix", "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico",
            "Pacific/Guam", "Pacific/Pago_Pago");

    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    private static final Pattern DAY = Pattern.compile("\\d{1,2}");

    /** What a checked form gives. */
    record Checked(SchedulePrompts prompts, Timing timing) {
    }

    /** The form as first shown: the report's first date basis, the previous day, every day at 06:00 UTC. */
    static ScheduleForm initial(StandardReport report) {
        return new ScheduleForm(report.code(), report.dateBases().getFirst().name(),
                RelativePeriod.PREVIOUS_DAY.name(), null, null, null, null, null, null, Frequency.DAILY.name(),
                DayOfWeek.MONDAY.name(), "1", "06:00", "UTC");
    }

    /** The same form without the importer number typed (which is never shown again nor kept). */
    ScheduleForm withoutImporter() {
        return new ScheduleForm(report, basis, period, null, port, filerCode, hts, countryOfOrigin, entryType,
                frequency, weekday, dayOfMonth, time, zone);
    }

    /** The prompts and timing, or null with the reasons in {@code errors}. */
    @Nullable Checked check(StandardReport standard, Errors errors, Clock clock,
                            Function<String, Optional<ReportPrompts.Importer>> importers) {
        RelativePeriod chosenPeriod = choice(RelativePeriod.class, period, "period", errors,
                "Choose one of the periods offered.");
        ReportPrompts prompts = null;
        if (chosenPeriod != null) {
            RelativePeriod.Range range = chosenPeriod.range(LocalDate.now(clock));
            PromptForm asRun = new PromptForm(basis, range.from().toString(), range.to().toString(), importer, port,
                    filerCode, hts, countryOfOrigin, entryType);
            BeanPropertyBindingResult promptErrors = new BeanPropertyBindingResult(asRun, "prompts");
            prompts = asRun.check(standard, promptErrors, clock, importers);
            for (FieldError error : promptErrors.getFieldErrors()) {
                // the dates come from the period: should they be refused, the period is what to change
                String field = error.getField().equals("from") || error.getField().equals("to") ? "period"
                        : error.getField();
                errors.rejectValue(field, error.getCode() == null ? "reports.prompt" : error.getCode(),
                        error.getDefaultMessage());
            }
        }
        Timing timing = timing(errors);
        if (errors.hasErrors() || prompts == null || timing == null) {
            return null;
        }
        return new Checked(SchedulePrompts.of(chosenPeriod, prompts), timing);
    }

    private @Nullable Timing timing(Errors errors) {
        Frequency chosen = choice(Frequency.class, frequency, "frequency", errors,
                "Choose daily, weekly or monthly.");
        DayOfWeek day = chosen == Frequency.WEEKLY
                ? choice(DayOfWeek.class, weekday, "weekday", errors, "Choose a day of the week.") : null;
        Integer monthDay = null;
        if (chosen == Frequency.MONTHLY) {
            String typed = blankToNull(dayOfMonth);
            if (typed != null && DAY.matcher(typed).matches() && Integer.parseInt(typed) >= 1
                    && Integer.parseInt(typed) <= Timing.LAST_DAY) {
                monthDay = Integer.parseInt(typed);
            }
            else {
                errors.rejectValue("dayOfMonth", "reports.schedule.day", "Give a day of the month from 1 to "
                        + Timing.LAST_DAY + " (every month has it).");
            }
        }
        LocalTime at = null;
        String typedTime = blankToNull(time);
        if (typedTime != null && TIME.matcher(typedTime).matches()) {
            at = LocalTime.parse(typedTime);
        }
        else {
            errors.rejectValue("time", "reports.schedule.time", "Give a time of day as HH:MM (24 hours), e.g. 06:00.");
        }
        ZoneId chosenZone = null;
        if (zone != null && ZONES.contains(zone)) {
            chosenZone = ZoneId.of(zone);
        }
        else {
            errors.rejectValue("zone", "reports.schedule.zone", "Choose one of the time zones offered.");
        }
        if (chosen == null || at == null || chosenZone == null
                || (chosen == Frequency.WEEKLY && day == null) || (chosen == Frequency.MONTHLY && monthDay == null)) {
            return null;
        }
        return new Timing(chosen, day, monthDay, at, chosenZone);
    }

    private static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String typed, String field,
                                                          Errors errors, String message) {
        String value = blankToNull(typed);
        if (value != null) {
            for (E candidate : type.getEnumConstants()) {
                if (candidate.name().equals(value)) {
                    return candidate;
                }
            }
        }
        errors.rejectValue(field, "reports.schedule." + field, message);
        return null;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
