package org.openace.reports.output;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** The words the formats write into a file (messages.properties, "reports.pdf.*"). */
final class ReportTexts {

    private final MessageSource messages;

    ReportTexts(MessageSource messages) {
        this.messages = messages;
    }

    String pdfRows(long rows) {
        return text("reports.pdf.rows", rows);
    }

    String pdfFirstRows(long shown, long total) {
        return text("reports.pdf.first-rows", shown, total);
    }

    String pdfPage(int page, int pages) {
        return text("reports.pdf.page", page, pages);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.US);
    }
}
