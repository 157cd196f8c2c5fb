package org.openace.filing.search;

import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/** The file types an entry search exports to, each written row by row as the rows are read. */
enum EntryExportFormat {
    CSV("csv", "text/csv;charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** The columns of every export, in order. */
    static final List<String> COLUMNS = List.of("Entry number", "Entry type", "Summary date", "Entry date",
            "Port of entry", "Importer number (masked)", "Filer code", "Status", "Release status", "Lines",
            "Entered value", "Duty", "Tax", "Fees", "Other", "Amount due");

    private final String extension;
    private final String contentType;

    EntryExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    static Optional<EntryExportFormat> ofExtension(String text) {
        for (EntryExportFormat format : values()) {
            if (format.extension.equals(text)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    String extension() {
        return extension;
    }

    String contentType() {
        return contentType;
    }

    EntryExportWriter writer(OutputStream out) {
        return switch (this) {
            case CSV -> new EntryCsvWriter(out);
            case XLSX -> new EntryXlsxWriter(out);
        };
    }
}
