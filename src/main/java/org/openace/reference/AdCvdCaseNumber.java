package org.openace.reference;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An antidumping ({@code A}) or countervailing duty ({@code C}) case number: the letter, the 3-digit Commerce
 * country code (not ISO: 570 is China, 201 Mexico), the 3-digit case, and on an entry line the 3-digit company
 * suffix that CBP adds ({@code A-570-016}, {@code A570016000}). Filers enter it without hyphens. The suffix
 * {@code 999} is no longer valid (CBP, "Termination/Cancellation of All 10-Digit AD/CVD Case Numbers Ending in 999").
 */
public record AdCvdCaseNumber(char kind, String country, String caseNumber, @Nullable String company) {

    private static final Pattern THREE_DIGITS = Pattern.compile("\\d{3}");

    private static final Pattern TYPED = Pattern.compile("([AC])-?(\\d{3})-?(\\d{3})(?:-?(\\d{3}))?");

    public AdCvdCaseNumber {
        if ((kind != 'A' && kind != 'C') || country == null || !THREE_DIGITS.matcher(country).matches()
                || caseNumber == null || !THREE_DIGITS.matcher(caseNumber).matches()
                || (company != null && !THREE_DIGITS.matcher(company).matches())) {
            throw new IllegalArgumentException("An AD/CVD case number is A or C, 3 digits, 3 digits and an optional 3-digit company");
        }
        if ("999".equals(company)) {
            throw new IllegalArgumentException("AD/CVD case numbers ending in 999 are no longer used");
        }
    }

    public static Optional<AdCvdCaseNumber> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        Matcher m = TYPED.matcher(typed.strip().toUpperCase(Locale.ROOT));
        if (!m.matches() || "999".equals(m.group(4))) {
            return Optional.empty();
        }
        return Optional.of(new AdCvdCaseNumber(m.group(1).charAt(0), m.group(2), m.group(3), m.group(4)));
    }

    public boolean isAntidumping() {
        return kind == 'A';
    }

    /** The case without the company suffix, as Commerce writes it: {@code A-570-016}. */
    public String caseText() {
        return kind + "-" + country + "-" + caseNumber;
    }

    /** The case alone, without hyphens and suffix: {@code A570016} (how the case table is keyed). */
    public String caseKey() {
        return kind + country + caseNumber;
    }

    /** As filed: {@code A570016000}, or {@code A570016} without a company. */
    public String filed() {
        return caseKey() + (company == null ? "" : company);
    }

    @Override
    public String toString() {
        return company == null ? caseText() : caseText() + "-" + company;
    }
}
