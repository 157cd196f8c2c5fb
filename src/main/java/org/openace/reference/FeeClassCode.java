package org.openace.reference;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A fee's class code as reported on the entry summary: {@link #MPF} 499 (merchandise processing fee, formal entries),
 * {@link #HMF} 501 (harbor maintenance fee), {@link #INFORMAL} 311 (informal entry or release), and others (496
 * dutiable mail, 500 manual surcharge, ...). Three digits; published suffixes such as {@code 311a} are reported as
 * the three digits.
 */
public record FeeClassCode(String value) {

    private static final Pattern THREE_DIGITS = Pattern.compile("\\d{3}");

    public static final FeeClassCode MPF = new FeeClassCode("499");
    public static final FeeClassCode HMF = new FeeClassCode("501");
    public static final FeeClassCode INFORMAL = new FeeClassCode("311");

    public FeeClassCode {
        if (value == null || !THREE_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("A fee class code is 3 digits");
        }
    }

    public static Optional<FeeClassCode> parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        return THREE_DIGITS.matcher(text).matches() ? Optional.of(new FeeClassCode(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
