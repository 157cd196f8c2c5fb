package org.openace.privacy;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tax identifier as CBP accepts it for an importer or an account: an IRS employer identification number with its
 * two-character suffix ({@code NN-NNNNNNNXX}), a Social Security number ({@code NNN-NN-NNNN}) or a customs-assigned
 * number ({@code YYDDPP-NNNNN}). Checked for form and for the numbers that are never issued. Its {@link #toString()}
 * is masked; the full value is only read through {@link #value()} by code that stores or reveals it.
 */
public final class TaxIdentifier {

    /** The kinds of tax identifier. */
    public enum Kind {
        EIN("Employer identification number"),
        SSN("Social Security number"),
        CBP_ASSIGNED("Customs-assigned number");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        /** Whether values of this kind are personal data that must be encrypted and masked. */
        public boolean isPersonalData() {
            return this != CBP_ASSIGNED;
        }
    }

    private static final Pattern EIN = Pattern.compile("(\\d{2})-?(\\d{7})-?([0-9A-Z]{2})?");
    private static final Pattern SSN = Pattern.compile("(\\d{3})-?(\\d{2})-?(\\d{4})");
    private static final Pattern CBP = Pattern.compile("(\\d{2})(\\d{4})-?([0-9A-Z]{5})");
    /** Prefixes the IRS has never assigned to employer identification numbers. */
    private static final Set<String> UNUSED_EIN_PREFIXES = Set.of("00", "07", "08", "09", "17", "18", "19", "28", "29",
            "49", "69", "70", "78", "79", "89", "96", "97");

    private final Kind kind;
    private final String value;

    private TaxIdentifier(Kind kind, String value) {
        this.kind = kind;
        this.value = value;
    }

    /**
     * Reads what someone typed as a tax identifier of the given kind; an EIN typed without suffix gets {@code 00}.
     *
     * @return the identifier, or empty if it is not a valid one of that kind
     */
    public static Optional<TaxIdentifier> parse(Kind kind, String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        return switch (kind) {
            case EIN -> ein(text);
            case SSN -> ssn(text);
            case CBP_ASSIGNED -> cbp(text);
        };
    }

    private static Optional<TaxIdentifier> ein(String text) {
        Matcher m = EIN.matcher(text);
        if (!m.matches() || UNUSED_EIN_PREFIXES.contains(m.group(1))) {
            return Optional.empty();
        }
        String suffix = m.group(3) == null ? "00" : m.group(3);
        if (suffix.contains("O") || suffix.contains("I") || suffix.contains("Z")) {
            return Optional.empty();
        }
        return Optional.of(new TaxIdentifier(Kind.EIN, m.group(1) + "-" + m.group(2) + suffix));
    }

    private static Optional<TaxIdentifier> ssn(String text) {
        Matcher m = SSN.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String area = m.group(1);
        if (area.equals("000") || area.equals("666") || area.startsWith("9") || m.group(2).equals("00")
                || m.group(3).equals("0000")) {
            return Optional.empty();
        }
        return Optional.of(new TaxIdentifier(Kind.SSN, area + "-" + m.group(2) + "-" + m.group(3)));
    }

    private static Optional<TaxIdentifier> cbp(String text) {
        Matcher m = CBP.matcher(text);
        return m.matches() ? Optional.of(new TaxIdentifier(Kind.CBP_ASSIGNED, m.group(1) + m.group(2) + "-" + m.group(3)))
                : Optional.empty();
    }

    /** Rebuilds an identifier from its stored (already validated) form. */
    public static TaxIdentifier ofStored(Kind kind, String stored) {
        return parse(kind, stored).orElseThrow(() -> new IllegalArgumentException("Not a stored " + kind));
    }

    public Kind kind() {
        return kind;
    }

    /** The full value in its canonical form. Personal data: store it encrypted, never log or display it. */
    public String value() {
        return value;
    }

    /** The digits and letters only, for keyed digests (equal identifiers, equal digests). */
    public String normalized() {
        return value.replace("-", "");
    }

    /** The last four characters, the only part ever shown without a reveal. */
    public String lastFour() {
        String plain = normalized();
        return plain.substring(plain.length() - 4);
    }

    /** The identifier as shown on screen: {@code ***-**-1234}, {@code **-*****1200}, or in full if not personal. */
    public String masked() {
        return switch (kind) {
            case SSN -> "***-**-" + lastFour();
            case EIN -> "**-*****" + value.substring(value.length() - 4);
            case CBP_ASSIGNED -> value;
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TaxIdentifier that && kind == that.kind && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + value.hashCode();
    }

    @Override
    public String toString() {
        return kind + "[" + masked() + "]";
    }
}
