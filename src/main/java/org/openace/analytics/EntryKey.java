package org.openace.analytics;

import java.util.regex.Pattern;

/**
 * An entry number as one integer, for the analytics store: its filer code read as a number in base 36, times 10^8,
 * plus its eight digits (the serial and the check digit). Every entry number has its own key and the key gives the
 * number back, so that a count of distinct keys is exactly the count of distinct entries; DuckDB counts distinct
 * 8-byte integers several times faster than text.
 */
final class EntryKey {

    private static final Pattern COMPACT = Pattern.compile("[0-9A-Z]{3}[0-9]{8}");
    private static final long DIGITS = 100_000_000L;

    private EntryKey() {
    }

    /** The key of an entry number as stored (compact: {@code D3M90000015}). */
    static long of(String compact) {
        if (!COMPACT.matcher(compact).matches()) {
            throw new IllegalArgumentException("Not a compact entry number: " + compact);
        }
        return Long.parseLong(compact.substring(0, 3), 36) * DIGITS + Long.parseLong(compact.substring(3));
    }

    /** The entry number of a key. */
    static String number(long key) {
        String filer = Long.toString(key / DIGITS, 36).toUpperCase(java.util.Locale.ROOT);
        return "0".repeat(3 - filer.length()) + filer + String.format("%08d", key % DIGITS);
    }
}
