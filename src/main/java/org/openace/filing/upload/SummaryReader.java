package org.openace.filing.upload;

import java.io.Closeable;
import java.io.InputStream;
import java.util.Optional;

/** Reads the entry summaries of an uploaded file one by one, in the file's order. */
interface SummaryReader extends Closeable {

    /** The next summary, or empty at the end of the file. Never throws for what the file contains. */
    Optional<SummaryItem> next();

    static SummaryReader of(UploadFormat format, InputStream content) {
        return switch (format) {
            case JSONL -> new JsonLinesReader(content);
            case CSV -> new CsvSummaryReader(content);
        };
    }

    /** How many summaries the file has (a quick count of non-blank lines for JSON lines; a read for CSV). */
    static int count(UploadFormat format, InputStream content) {
        if (format == UploadFormat.JSONL) {
            try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(content,
                    java.nio.charset.StandardCharsets.UTF_8), 64 * 1024)) {
                int count = 0;
                String line;
                while ((line = lines.readLine()) != null) {
                    if (!line.isBlank()) {
                        count++;
                    }
                }
                return count;
            }
            catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        try (SummaryReader reader = of(format, content)) {
            int count = 0;
            while (reader.next().isPresent()) {
                count++;
            }
            return count;
        }
    }

    @Override
    void close();
}
