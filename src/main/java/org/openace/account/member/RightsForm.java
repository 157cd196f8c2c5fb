package org.openace.account.member;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The rights editor as submitted: one row per right, as parallel lists in the order of the rows (every row submits
 * each of its fields once, so the lists line up). Narrowing lists may be absent (the invitation form has none).
 */
record RightsForm(@Size(max = RightsInput.MAX_RIGHTS, message = "Too many rows.") @Nullable List<String> subAccount,
                  @Size(max = RightsInput.MAX_RIGHTS, message = "Too many rows.") @Nullable List<String> function,
                  @Size(max = RightsInput.MAX_RIGHTS, message = "Too many rows.") @Nullable List<String> level,
                  @Size(max = RightsInput.MAX_RIGHTS, message = "Too many rows.") @Nullable List<String> importer,
                  @Size(max = RightsInput.MAX_RIGHTS, message = "Too many rows.") @Nullable List<String> filer,
                  @Size(max = RightsInput.MAX_RIGHTS, message = "Too many rows.") @Nullable List<String> port) {

    /** The rows, or empty if the lists do not line up (a form that was not the page's). */
    Optional<List<RightsInput.TypedRight>> lines() {
        return lines(subAccount, function, level, importer, filer, port);
    }

    static Optional<List<RightsInput.TypedRight>> lines(@Nullable List<String> subAccount,
                                                        @Nullable List<String> function, @Nullable List<String> level,
                                                        @Nullable List<String> importer, @Nullable List<String> filer,
                                                        @Nullable List<String> port) {
        int rows = size(level);
        if (size(subAccount) != rows || size(function) != rows || !fits(importer, rows) || !fits(filer, rows)
                || !fits(port, rows)) {
            return Optional.empty();
        }
        List<RightsInput.TypedRight> lines = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            lines.add(new RightsInput.TypedRight(subAccount.get(i), function.get(i), level.get(i), at(importer, i),
                    at(filer, i), at(port, i)));
        }
        return Optional.of(lines);
    }

    private static int size(@Nullable List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static boolean fits(@Nullable List<String> values, int rows) {
        return values == null || values.isEmpty() || values.size() == rows;
    }

    private static @Nullable String at(@Nullable List<String> values, int i) {
        return values == null || values.isEmpty() ? null : values.get(i);
    }
}
