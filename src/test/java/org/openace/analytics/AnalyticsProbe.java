package org.openace.analytics;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationContext;

/** What a node's analytics store holds, for the benchmarks outside this package (tests only). */
public final class AnalyticsProbe {

    private final AnalyticsStore store;

    public AnalyticsProbe(ApplicationContext context) {
        this.store = context.getBean(AnalyticsStore.class);
    }

    /** Which of these entry numbers (compact, letters and digits only) the store holds. */
    public Set<String> held(Collection<String> entryNumbers) throws Exception {
        if (entryNumbers.isEmpty()) {
            return Set.of();
        }
        for (String number : entryNumbers) {
            if (!number.matches("[0-9A-Z]{11}")) {
                throw new IllegalArgumentException("Not a compact entry number: " + number);
            }
        }
        String list = entryNumbers.stream().map(n -> "'" + n + "'").collect(Collectors.joining(","));
        return new HashSet<>(StoreRows.query(store, "select entry_number from es_summary where entry_number in ("
                + list + ")"));
    }

    /** Rows in the store: summaries and tariff ordinals. */
    public long[] counts() throws Exception {
        return store.with(c -> new long[] {
                Long.parseLong(StoreRows.query(c, "select count(*) from es_summary").getFirst()),
                Long.parseLong(StoreRows.query(c, "select count(*) from es_line_tariff").getFirst())});
    }
}
