package org.openace.reference;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The two-digit entry type of CBP Form 7501, Block 2: the first digit is the category (0 consumption, 1 informal,
 * 2 warehouse, 3 warehouse withdrawal, 5 government), the second the processing type within it.
 */
public record EntryTypeCode(String value) {

    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");

    public EntryTypeCode {
        if (value == null || !TWO_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("An entry type code is 2 digits");
        }
    }

    public static Optional<EntryTypeCode> parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        return TWO_DIGITS.matcher(text).matches() ? Optional.of(new EntryTypeCode(text)) : Optional.empty();
    }

    /** Informal entries (category 1: 11, 12) pay the informal fee (class 311) instead of the formal MPF (499). */
    public boolean isInformal() {
        return value.charAt(0) == '1';
    }

    /** Entry types that carry AD/CVD: 03, 07, 34 and 38 (Block 2 list). */
    public boolean isAdCvd() {
        return value.equals("03") || value.equals("07") || value.equals("34") || value.equals("38");
    }

    @Override
    public String toString() {
        return value;
    }
}
