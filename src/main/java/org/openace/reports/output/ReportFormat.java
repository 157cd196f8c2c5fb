package org.openace.reports.output;

import java.util.Locale;
import java.util.Optional;

/** The download formats of a report's result, each with its content type and file extension. */
public enum ReportFormat {
    /** RFC 4180 CSV, UTF-8 without a byte order mark, CRLF line ends: every row. */
    CSV("csv", "text/csv;charset=UTF-8"),
    /** An Excel workbook: every row, continued on further sheets beyond a sheet's 1,048,576 rows. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** A printable PDF: at most the first {@code openace.reports.pdf.max-rows} rows, stated on its first page. */
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String contentType;

    ReportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    /** The format of a file extension as in a download address ("csv", "xlsx", "pdf"), if it is one. */
    public static Optional<ReportFormat> ofExtension(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (ReportFormat format : values()) {
            if (format.extension.equals(lower)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The Content-Type of a download. */
    public String contentType() {
        return contentType;
    }
}
