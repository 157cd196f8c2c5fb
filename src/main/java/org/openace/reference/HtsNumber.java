package org.openace.reference;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number of the Harmonized Tariff Schedule of the United States as an entry line carries it: a 10-digit
 * statistical reporting number ({@code 0101.21.00.10}) or an 8-digit subheading ({@code 0101.21.00}), typed with or
 * without the dots. Chapter 99 numbers ({@code 9903.94.45}) are the temporary and additional provisions stacked on a
 * commodity number. Chapter {@code 00} does not exist and chapter 77 is reserved in the Harmonized System, so
 * neither is accepted.
 */
public record HtsNumber(String digits) {

    private static final Pattern DIGITS = Pattern.compile("\\d{8}|\\d{10}");

    private static final Pattern TYPED = Pattern.compile("(\\d{4})\\.?(\\d{2})\\.?(\\d{2})(?:\\.?(\\d{2}))?");

    public HtsNumber {
        if (digits == null || !DIGITS.matcher(digits).matches()) {
            throw new IllegalArgumentException("An HTS number is 8 or 10 digits");
        }
        String chapter = digits.substring(0, 2);
        if (chapter.equals("00") || chapter.equals("77")) {
            throw new IllegalArgumentException("HTS chapter " + chapter + " does not exist");
        }
    }

    /** Reads {@code 0101.21.00.10}, {@code 0101210010}, {@code 0101.21.00} or {@code 01012100}; empty otherwise. */
    public static Optional<HtsNumber> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        Matcher m = TYPED.matcher(typed.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = m.group(1) + m.group(2) + m.group(3) + (m.group(4) == null ? "" : m.group(4));
        String chapter = digits.substring(0, 2);
        return chapter.equals("00") || chapter.equals("77") ? Optional.empty() : Optional.of(new HtsNumber(digits));
    }

    public static HtsNumber of(String typed) {
        return parse(typed).orElseThrow(() -> new IllegalArgumentException("Not an HTS number: " + typed));
    }

    /** Whether this is a 10-digit statistical reporting number. */
    public boolean isStatistical() {
        return digits.length() == 10;
    }

    /** The 8-digit subheading this number belongs to (itself if it is one). */
    public HtsNumber subheading() {
        return isStatistical() ? new HtsNumber(digits.substring(0, 8)) : this;
    }

    public String chapter() {
        return digits.substring(0, 2);
    }

    /** Chapter 99: temporary legislation, modifications and additional duties, reported beside a commodity number. */
    public boolean isChapter99() {
        return chapter().equals("99");
    }

    /** As the schedule prints it: {@code 0101.21.00.10}. */
    public String formatted() {
        String text = digits.substring(0, 4) + "." + digits.substring(4, 6) + "." + digits.substring(6, 8);
        return isStatistical() ? text + "." + digits.substring(8) : text;
    }

    @Override
    public String toString() {
        return formatted();
    }
}
