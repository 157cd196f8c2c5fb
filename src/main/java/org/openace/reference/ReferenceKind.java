package org.openace.reference;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of reference data, each loaded from one published format. HTS, ports, countries and entry types are
 * <em>editions</em>: a look-up on a date reads the edition in force on that date (the latest effective date not after
 * it). Fee rates, AD/CVD cases, holidays and importer records are <em>cumulative</em>: their rows carry their own
 * keys (fiscal year, case, date, importer number), every loaded file adds to them, and where two files give the same
 * key the one loaded last counts.
 */
public enum ReferenceKind {
    HTS("hts", "Harmonized Tariff Schedule (USITC JSON export)", true),
    PORTS("ports", "Ports (CBP Schedule D, CSV of its table)", true),
    COUNTRIES("countries", "Countries (ISO 3166-1 alpha-2, CSV Name,Code)", true),
    ENTRY_TYPES("entry-types", "Entry type codes (CBP Form 7501 Block 2, CSV Code,Name)", true),
    FEE_RATES("fee-rates", "Fee rates by fiscal year (MPF 499, HMF 501, informal 311; CSV)", false),
    ADCVD_CASES("adcvd-cases", "AD/CVD cases (CSV)", false),
    HOLIDAYS("holidays", "U.S. federal holidays and closures (CSV)", false),
    IMPORTERS("importers", "Importer records (CBP Form 5106 data; CSV)", false);

    private final String option;
    private final String title;
    private final boolean edition;

    ReferenceKind(String option, String title, boolean edition) {
        this.option = option;
        this.title = title;
        this.edition = edition;
    }

    /** The name typed after {@code --kind=}. */
    public String option() {
        return option;
    }

    public String title() {
        return title;
    }

    /** Whether look-ups read the one edition in force on a date (rather than every file loaded). */
    public boolean isEdition() {
        return edition;
    }

    public static Optional<ReferenceKind> fromOption(String typed) {
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        for (ReferenceKind kind : values()) {
            if (kind.option.equals(text)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
