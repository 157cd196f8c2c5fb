package org.openace.trends;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The filters of a trend question, checked: months {@code from} to {@code to} (of the entry date, both included), an
 * HTS chapter, heading or subheading (2, 4 or 6 digits), a country of origin (2 letters), a port of entry (4 digits),
 * an entry type (2 digits). Each becomes a parameter of the query, never part of its text.
 */
record TrendFilter(YearMonth from, YearMonth to, @Nullable String hts, @Nullable String country,
                   @Nullable String port, @Nullable String entryType) {

    int months() {
        return (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue() + 1;
    }

    int htsDigits() {
        return hts == null ? 0 : hts.length();
    }

    TrendFilter withHts(@Nullable String digits) {
        return new TrendFilter(from, to, digits, country, port, entryType);
    }

    /** The question in a few words, for the accounting of disclosures and the audit trail (no personal data). */
    String described() {
        List<String> parts = new ArrayList<>();
        parts.add(from + ".." + to);
        if (hts != null) {
            parts.add("hts=" + hts);
        }
        if (country != null) {
            parts.add("country=" + country);
        }
        if (port != null) {
            parts.add("port=" + port);
        }
        if (entryType != null) {
            parts.add("type=" + entryType);
        }
        return String.join(" ", parts);
    }
}
