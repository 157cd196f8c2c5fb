package org.openace.filing.upload;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openace.filing.json.FilingJson;
import org.openace.filing.json.Form7501Reader;
import org.openace.filing.validation.RuleViolation;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** JSON lines: one entry summary per line, in the API's JSON form; blank lines are skipped. */
final class JsonLinesReader implements SummaryReader {

    private static final Pattern ENTRY_NUMBER = Pattern.compile("\"entryNumber\"\\s*:\\s*\"([^\"]{1,20})\"");

    private final BufferedReader reader;
    private int lineNumber;

    JsonLinesReader(InputStream content) {
        this.reader = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8), 64 * 1024);
    }

    @Override
    public Optional<SummaryItem> next() {
        String line;
        try {
            do {
                line = reader.readLine();
                lineNumber++;
            } while (line != null && line.isBlank());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (line == null) {
            return Optional.empty();
        }
        String entryNumber = entryNumber(line);
        try {
            JsonNode document = FilingJson.MAPPER.readTree(line);
            if (!document.isObject()) {
                return Optional.of(SummaryItem.unreadable(lineNumber, List.of(new RuleViolation(Form7501Reader.FORMAT,
                        "$", "Line " + lineNumber + " is not an entry summary: each line is one JSON object.")),
                        entryNumber));
            }
            return Optional.of(SummaryItem.of(lineNumber, document, entryNumber));
        }
        catch (JacksonException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at column " + at.getColumnNr();
            return Optional.of(SummaryItem.unreadable(lineNumber, List.of(new RuleViolation(Form7501Reader.FORMAT,
                    "$", "Line " + lineNumber + " is not well-formed JSON" + where + ".")), entryNumber));
        }
    }

    private static @org.jspecify.annotations.Nullable String entryNumber(String line) {
        Matcher matcher = ENTRY_NUMBER.matcher(line.length() > 4096 ? line.substring(0, 4096) : line);
        return matcher.find() ? matcher.group(1) : null;
    }

    @Override
    public void close() {
        try {
            reader.close();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
