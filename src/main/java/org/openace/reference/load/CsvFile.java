package org.openace.reference.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads a CSV file (RFC 4180: comma separated, fields with commas, quotes or line breaks in double quotes, UTF-8
 * with or without a byte order mark) record by record with the line each starts on, after checking its header.
 */
final class CsvFile {

    /** One record and the line of the file it starts on (the header is line 1). */
    record Row(int line, List<String> fields) {

        String get(int index) {
            return fields.get(index).strip();
        }

        String where() {
            return "line " + line;
        }
    }

    private CsvFile() {
    }

    static void read(InputStream in, List<String> header, Consumer<Row> rows) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        int[] line = {1};
        try {
            List<String> first = next(reader, line);
            if (first == null) {
                throw new MalformedReferenceFileException("line 1", "the file is empty; expected the header "
                        + String.join(",", header));
            }
            if (!first.isEmpty() && first.getFirst().startsWith("\uFEFF")) {
                first.set(0, first.getFirst().substring(1));
            }
            if (!normalized(first).equals(normalized(header))) {
                throw new MalformedReferenceFileException("line 1", "the header is " + String.join(",", first)
                        + "; expected " + String.join(",", header));
            }
            while (true) {
                int start = line[0];
                List<String> fields = next(reader, line);
                if (fields == null) {
                    return;
                }
                if (fields.size() == 1 && fields.getFirst().isBlank()) {
                    continue;
                }
                if (fields.size() != header.size()) {
                    throw new MalformedReferenceFileException("line " + start, "it has " + fields.size()
                            + " fields; expected " + header.size() + " (" + String.join(",", header) + ")");
                }
                rows.accept(new Row(start, fields));
            }
        }
        catch (CharacterCodingException e) {
            throw new MalformedReferenceFileException("line " + line[0], "the file is not UTF-8 text");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> normalized(List<String> names) {
        return names.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
    }

    /** The next record, or null at the end; {@code line} is advanced past it. */
    private static List<String> next(BufferedReader reader, int[] line) throws IOException {
        String text = reader.readLine();
        if (text == null) {
            return null;
        }
        int startLine = line[0];
        line[0]++;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (true) {
            if (i >= text.length()) {
                if (!quoted) {
                    break;
                }
                String more = reader.readLine();
                if (more == null) {
                    throw new MalformedReferenceFileException("line " + startLine, "a quoted field is not closed");
                }
                line[0]++;
                field.append('\n');
                text = more;
                i = 0;
                continue;
            }
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < text.length() && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    }
                    else {
                        quoted = false;
                    }
                }
                else {
                    field.append(c);
                }
            }
            else if (c == '"' && field.isEmpty()) {
                quoted = true;
            }
            else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            }
            else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
