package org.openace.filing;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A unit of quantity as reported on an entry line (Form 7501 "Net Quantity in HTSUS Units"): an upper-case code such
 * as {@code KG}, {@code NO} (number), {@code DOZ}, {@code M2}, {@code L}. The schedule prints its units as text
 * ({@code "No."}, {@code "kg"}, {@code "m<sup>2</sup>"}); {@link #fromSchedule(String)} reads those. The complete
 * CATAIR unit code table was not available when this was written, so any code of that shape is accepted here.
 */
public record UnitOfQuantity(String code) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{0,4}");

    public static final UnitOfQuantity KG = new UnitOfQuantity("KG");
    public static final UnitOfQuantity NO = new UnitOfQuantity("NO");
    public static final UnitOfQuantity DOZ = new UnitOfQuantity("DOZ");
    public static final UnitOfQuantity M2 = new UnitOfQuantity("M2");
    public static final UnitOfQuantity M3 = new UnitOfQuantity("M3");
    public static final UnitOfQuantity L = new UnitOfQuantity("L");

    public UnitOfQuantity {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A unit of quantity is a code of 1 to 5 capital letters or digits, e.g. KG");
        }
    }

    public static Optional<UnitOfQuantity> parse(String typed) {
        String text = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        return CODE.matcher(text).matches() ? Optional.of(new UnitOfQuantity(text)) : Optional.empty();
    }

    /** A unit as the USITC schedule prints it: {@code "No."} is NO, {@code "kg"} KG, {@code "m<sup>2</sup>"} M2. */
    public static Optional<UnitOfQuantity> fromSchedule(String printed) {
        if (printed == null) {
            return Optional.empty();
        }
        String text = printed.replaceAll("</?sup>", "").replace(".", "").strip();
        return parse(text);
    }

    @Override
    public String toString() {
        return code;
    }
}
