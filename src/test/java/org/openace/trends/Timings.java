package org.openace.trends;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The times of one question asked several times (benchmarks only): median, 95th percentile (nearest rank), max. */
record Timings(List<Long> nanos) {

    Timings {
        nanos = new ArrayList<>(nanos);
        nanos.sort(null);
        nanos = List.copyOf(nanos);
    }

    double medianMs() {
        int n = nanos.size();
        return (n % 2 == 1 ? nanos.get(n / 2) : (nanos.get(n / 2 - 1) + nanos.get(n / 2)) / 2.0) / 1e6;
    }

    double p95Ms() {
        int index = (int) Math.ceil(0.95 * nanos.size()) - 1;
        return nanos.get(Math.max(0, index)) / 1e6;
    }

    double maxMs() {
        return nanos.getLast() / 1e6;
    }

    String described() {
        return String.format(Locale.ROOT, "median %s, p95 %s (n=%d)", ms(medianMs()), ms(p95Ms()), nanos.size());
    }

    /** Milliseconds as the tables show them: 3 significant digits below 100 ms, whole milliseconds above. */
    static String ms(double ms) {
        if (ms >= 100) {
            return String.format(Locale.ROOT, "%,.0f ms", ms);
        }
        if (ms >= 10) {
            return String.format(Locale.ROOT, "%.1f ms", ms);
        }
        return String.format(Locale.ROOT, "%.2f ms", ms);
    }
}
