package org.openace.filing.upload;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openace.filing.validation.RuleViolation;

/** An upload and its results as the API answers them (JSON, schema {@code EntrySummaryUpload}) and as CSV. */
final class UploadAnswers {

    static final List<String> CSV_HEADER = List.of("lineNumber", "outcome", "entryNumber", "version", "replayed",
            "errorCodes", "errors");

    private UploadAnswers() {
    }

    static String self(UploadJob job) {
        return "/api/v1/entry-summary-uploads/" + job.id();
    }

    static Map<String, Object> job(UploadJob job) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", job.id().toString());
        body.put("status", job.status().name());
        body.put("fileName", job.fileName());
        body.put("format", job.format().name());
        body.put("sizeBytes", job.sizeBytes());
        body.put("filerCode", job.filerCode());
        body.put("total", job.total());
        body.put("processed", job.processed());
        body.put("filed", job.filed());
        body.put("refused", job.refused());
        body.put("percent", job.percent());
        body.put("receivedAt", job.createdAt().toString());
        body.put("completedAt", job.finishedAt() == null ? null : job.finishedAt().toString());
        body.put("links", Map.of("self", self(job), "results", self(job) + "/results"));
        return body;
    }

    static Map<String, Object> result(UploadResult result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("lineNumber", result.lineNumber());
        body.put("outcome", result.outcome().name());
        body.put("entryNumber", result.entryNumber());
        body.put("version", result.version());
        body.put("replayed", result.replayed());
        body.put("errors", result.errors().stream().map(v -> {
            Map<String, String> error = new LinkedHashMap<>();
            error.put("code", v.code());
            error.put("field", v.field());
            error.put("message", v.message());
            return error;
        }).toList());
        return body;
    }

    static CSVPrinter csv(Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
        printer.printRecord(CSV_HEADER);
        return printer;
    }

    static void csvRow(CSVPrinter printer, UploadResult result) throws IOException {
        printer.printRecord(result.lineNumber(), result.outcome().name(), safe(result.entryNumber()),
                result.version() == null ? "" : result.version(), result.replayed(),
                result.errors().stream().map(RuleViolation::code).distinct().collect(Collectors.joining(" ")),
                safe(result.errors().stream().map(v -> v.code() + " " + v.field() + ": " + v.message())
                        .collect(Collectors.joining(" | "))));
    }

    /** A cell a spreadsheet would take for a formula is written as text. */
    private static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
