package org.openace.trends;

/**
 * What the figures are grouped by. Each is a fixed expression over a column of {@code es_line_tariff}, the only SQL
 * a dimension adds to a query: nothing a user types reaches the SQL text. Months are those of the entry date.
 */
enum TrendDimension {
    MONTH("date_trunc('month', entry_date)", "Month of entry"),
    CHAPTER("substr(hts_number, 1, 2)", "HTS chapter"),
    HEADING("substr(hts_number, 1, 4)", "HTS heading"),
    SUBHEADING("substr(hts_number, 1, 6)", "HTS subheading"),
    COUNTRY("country_of_origin", "Country of origin"),
    PORT("port_of_entry", "Port of entry"),
    ENTRY_TYPE("entry_type", "Entry type");

    private final String expression;
    private final String title;

    TrendDimension(String expression, String title) {
        this.expression = expression;
        this.title = title;
    }

    String expression() {
        return expression;
    }

    String title() {
        return title;
    }

    /** Months in their order; everything else largest value first (over the grouped rows' {@code k} and {@code v}). */
    String order() {
        return this == MONTH ? "k" : "v desc, k";
    }

    /** The group's label as shown, from its key {@code k}: a month as YYYY-MM (formatted once per group). */
    String label() {
        return this == MONTH ? "strftime(k, '%Y-%m')" : "k";
    }

    /**
     * Whether every tariff line of an entry falls in the same group (the month, port and type are the entry's), so
     * that an entry can be counted by one row of it.
     */
    boolean entryLevel() {
        return this == MONTH || this == PORT || this == ENTRY_TYPE;
    }

    /** The digits of the HTS level it groups by (2, 4 or 6), or 0 for a dimension that is not an HTS level. */
    int htsDigits() {
        return switch (this) {
            case CHAPTER -> 2;
            case HEADING -> 4;
            case SUBHEADING -> 6;
            default -> 0;
        };
    }

    /** The HTS level one below an HTS filter of this many digits: chapters, then headings, then subheadings. */
    static TrendDimension htsBelow(int filterDigits) {
        return switch (filterDigits) {
            case 0 -> CHAPTER;
            case 2 -> HEADING;
            default -> SUBHEADING;
        };
    }
}
