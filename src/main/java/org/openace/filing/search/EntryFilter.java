package org.openace.filing.search;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openace.filing.EntrySummaryStatus;
import org.openace.filing.ReleaseStatus;

/**
 * A validated search: every filter optional (null is no filter). The importer is held only as its keyed digest
 * (never the number), so a filter may be kept in the session and written to the audit without personal data.
 * HTS numbers are digits (4, 6, 8 or 10), codes upper case.
 */
record EntryFilter(@Nullable LocalDate summaryFrom, @Nullable LocalDate summaryTo, @Nullable LocalDate entryFrom,
                   @Nullable LocalDate entryTo, @Nullable String entryType, @Nullable String port,
                   byte @Nullable [] importerDigest, @Nullable String filerCode, @Nullable EntrySummaryStatus status,
                   @Nullable ReleaseStatus releaseStatus, @Nullable String hts, @Nullable String country,
                   EntrySort sort, @Nullable LocalDate liquidatingBefore) implements Serializable {

    EntryFilter(@Nullable LocalDate summaryFrom, @Nullable LocalDate summaryTo, @Nullable LocalDate entryFrom,
                @Nullable LocalDate entryTo, @Nullable String entryType, @Nullable String port,
                byte @Nullable [] importerDigest, @Nullable String filerCode, @Nullable EntrySummaryStatus status,
                @Nullable ReleaseStatus releaseStatus, @Nullable String hts, @Nullable String country,
                EntrySort sort) {
        this(summaryFrom, summaryTo, entryFrom, entryTo, entryType, port, importerDigest, filerCode, status,
                releaseStatus, hts, country, sort, null);
    }

    @Serial
    private static final long serialVersionUID = 1L;

    static EntryFilter none() {
        return new EntryFilter(null, null, null, null, null, null, null, null, null, null, null, null,
                EntrySort.SUMMARY_DATE_DESC);
    }

    /** The filters set, by name, for the audit: the importer only as "given", never its number or digest. */
    Map<String, String> summary() {
        Map<String, String> set = new LinkedHashMap<>();
        put(set, "summaryFrom", summaryFrom);
        put(set, "summaryTo", summaryTo);
        put(set, "entryFrom", entryFrom);
        put(set, "entryTo", entryTo);
        put(set, "entryType", entryType);
        put(set, "port", port);
        put(set, "importer", importerDigest == null ? null : "given");
        put(set, "filerCode", filerCode);
        put(set, "status", status);
        put(set, "releaseStatus", releaseStatus);
        put(set, "hts", hts);
        put(set, "country", country);
        put(set, "liquidatingBefore", liquidatingBefore);
        set.put("sort", sort.code());
        return set;
    }

    private static void put(Map<String, String> set, String name, @Nullable Object value) {
        if (value != null) {
            set.put(name, value.toString());
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EntryFilter that && summary().equals(that.summary())
                && java.util.Arrays.equals(importerDigest, that.importerDigest);
    }

    @Override
    public int hashCode() {
        return summary().hashCode() * 31 + java.util.Arrays.hashCode(importerDigest);
    }

    @Override
    public String toString() {
        return "EntryFilter" + summary();
    }
}
