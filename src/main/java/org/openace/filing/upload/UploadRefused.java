package org.openace.filing.upload;

import java.util.List;

/**
 * A file refused as a whole at receipt (nothing is stored): empty, not in the format it claims, a CSV header
 * without the columns it needs, or larger than the limit. Its {@code code} is the problem document's.
 *
 * @param columns the columns missing or unknown, for {@code MISSING_COLUMNS} and {@code UNKNOWN_COLUMNS}
 */
final class UploadRefused extends RuntimeException {

    static final String EMPTY_FILE = "EMPTY_FILE";
    static final String UNRECOGNIZED_FORMAT = "UNRECOGNIZED_FORMAT";
    static final String MISSING_COLUMNS = "MISSING_COLUMNS";
    static final String UNKNOWN_COLUMNS = "UNKNOWN_COLUMNS";
    static final String FILE_TOO_LARGE = "FILE_TOO_LARGE";
    static final String NO_FILE = "NO_FILE";

    private final int status;
    private final String code;
    private final String title;
    private final List<String> columns;

    UploadRefused(int status, String code, String title, String detail, List<String> columns) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.columns = List.copyOf(columns);
    }

    UploadRefused(int status, String code, String title, String detail) {
        this(status, code, title, detail, List.of());
    }

    static UploadRefused tooLarge(long maxBytes) {
        return new UploadRefused(413, FILE_TOO_LARGE, "The file is too large", "A file of entry summaries is at most "
                + maxBytes + " bytes (" + (maxBytes / (1024 * 1024)) + " MB); split it into several files.");
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String title() {
        return title;
    }

    List<String> columns() {
        return columns;
    }
}
