package org.openace.filing.upload;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** The formats of an upload: one entry summary per line as JSON, or CSV with a row per tariff ordinal. */
public enum UploadFormat {
    JSONL, CSV;

    /** The format a media type names ({@code application/x-ndjson}, {@code application/jsonl}, {@code text/csv}). */
    static Optional<UploadFormat> ofMediaType(@Nullable String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        return switch (type) {
            case "application/x-ndjson", "application/jsonl", "application/jsonlines", "application/x-jsonlines" ->
                    Optional.of(JSONL);
            case "text/csv" -> Optional.of(CSV);
            default -> Optional.empty();
        };
    }

    /** The format a file name's extension names ({@code .jsonl}, {@code .ndjson}, {@code .csv}). */
    static Optional<UploadFormat> ofFileName(@Nullable String name) {
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return Optional.of(JSONL);
        }
        return lower.endsWith(".csv") ? Optional.of(CSV) : Optional.empty();
    }

    /** The format the content looks like: JSON lines start with {@code {}, anything else is read as CSV. */
    static UploadFormat sniff(String start) {
        return start.stripLeading().startsWith("{") ? JSONL : CSV;
    }
}
