package org.openace.account;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.openace.privacy.TaxIdentifier;

/**
 * An identifier a sub-account holds, checked for its published form: an importer number (IRS number with suffix
 * {@code NN-NNNNNNNXX}, Social Security number {@code NNN-NN-NNNN}, or customs-assigned number {@code YYDDPP-NNNNN}),
 * an entry filer code (3 letters or digits, not {@code 000}), a SCAC (2 to 4 letters), a surety code (3 digits, not
 * {@code 000}) or a FIRMS code (a letter and 3 letters or digits). Importer numbers that are IRS or Social Security
 * numbers are personal data: masked in {@link #toString()} and {@link #display()}.
 */
public final class TradeIdentifier {

    private static final Pattern CBP_ASSIGNED_SHAPE = Pattern.compile("\\d{6}-[0-9A-Z]{5}");
    private static final Pattern SSN_SHAPE = Pattern.compile("\\d{3}-\\d{2}-\\d{4}");

    private static final Pattern FILER_CODE = Pattern.compile("(?!000)[0-9A-Z]{3}");
    private static final Pattern SCAC = Pattern.compile("[A-Z]{2,4}");
    private static final Pattern SURETY_CODE = Pattern.compile("(?!000)[0-9]{3}");
    private static final Pattern FIRMS_CODE = Pattern.compile("[A-Z][0-9A-Z]{3}");

    private final IdentifierKind kind;
    private final String value;
    private final @Nullable TaxIdentifier taxIdentifier;

    private TradeIdentifier(IdentifierKind kind, String value, @Nullable TaxIdentifier taxIdentifier) {
        this.kind = kind;
        this.value = value;
        this.taxIdentifier = taxIdentifier;
    }

    /** Reads a typed identifier of a kind, or empty if it is not in the published form. */
    public static Optional<TradeIdentifier> parse(IdentifierKind kind, String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip().toUpperCase(Locale.ROOT);
        return switch (kind) {
            case IMPORTER_NUMBER -> importerNumber(text).map(t -> new TradeIdentifier(kind, t.value(), t));
            case FILER_CODE -> matching(kind, FILER_CODE, text);
            case SCAC -> matching(kind, SCAC, text);
            case SURETY_CODE -> matching(kind, SURETY_CODE, text);
            case FIRMS_CODE -> matching(kind, FIRMS_CODE, text);
        };
    }

    /** An importer number in any of its three forms, recognized by its shape. */
    public static Optional<TaxIdentifier> importerNumber(String typed) {
        String text = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        if (SSN_SHAPE.matcher(text).matches()) {
            return TaxIdentifier.parse(TaxIdentifier.Kind.SSN, text);
        }
        if (CBP_ASSIGNED_SHAPE.matcher(text).matches()) {
            return TaxIdentifier.parse(TaxIdentifier.Kind.CBP_ASSIGNED, text);
        }
        return TaxIdentifier.parse(TaxIdentifier.Kind.EIN, text);
    }

    /**
     * The importer number of a company that is known by this tax identifier: CBP knows an importer by its IRS number
     * with suffix, its Social Security number or its customs-assigned number, which are the tax identifiers.
     */
    public static TradeIdentifier importerNumberOf(TaxIdentifier taxIdentifier) {
        return new TradeIdentifier(IdentifierKind.IMPORTER_NUMBER, taxIdentifier.value(), taxIdentifier);
    }

    private static Optional<TradeIdentifier> matching(IdentifierKind kind, Pattern pattern, String text) {
        return pattern.matcher(text).matches() ? Optional.of(new TradeIdentifier(kind, text, null)) : Optional.empty();
    }

    /** What a person is told when a typed value is not in the form of its kind. */
    public static String formatHint(IdentifierKind kind) {
        return switch (kind) {
            case IMPORTER_NUMBER -> "Enter an IRS number with its 2-character suffix (12-3456789AB), a Social Security number "
                    + "(123-45-6789) or a customs-assigned number (251234-AB123).";
            case FILER_CODE -> "Enter the 3-character entry filer code, letters or digits (for example A1B).";
            case SCAC -> "Enter the 2 to 4 letters of the standard carrier alpha code (for example MAEU).";
            case SURETY_CODE -> "Enter the 3-digit surety code (for example 036).";
            case FIRMS_CODE -> "Enter the 4-character FIRMS code: a letter then 3 letters or digits (for example L123).";
        };
    }

    public IdentifierKind kind() {
        return kind;
    }

    /** The full value. For personal importer numbers: store encrypted, never log or display. */
    public String value() {
        return value;
    }

    /** The tax identifier behind an importer number, if this is one. */
    public Optional<TaxIdentifier> taxIdentifier() {
        return Optional.ofNullable(taxIdentifier);
    }

    public boolean isPersonalData() {
        return taxIdentifier != null && taxIdentifier.kind().isPersonalData();
    }

    /** The value with letters and digits only, for keyed digests. */
    public String normalized() {
        return taxIdentifier != null ? taxIdentifier.kind() + ":" + taxIdentifier.normalized() : value;
    }

    /** As shown on screen: masked if personal data. */
    public String display() {
        return taxIdentifier != null ? taxIdentifier.masked() : value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TradeIdentifier that && kind == that.kind && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + value.hashCode();
    }

    @Override
    public String toString() {
        return kind + "[" + display() + "]";
    }
}
