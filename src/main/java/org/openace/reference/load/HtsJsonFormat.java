package org.openace.reference.load;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.openace.reference.ReferenceKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The USITC HTS export exactly as published (hts.usitc.gov "Export" as JSON, and the full-edition files on
 * usitc.gov): a JSON array of objects with {@code htsno}, {@code indent} (a string), {@code description},
 * {@code superior} (null or {@code "true"}), {@code units} (an array of strings), {@code general}, {@code special},
 * {@code other}, {@code footnotes} (null or an array of objects), {@code quotaQuantity} and {@code additionalDuties}
 * (null or strings). The misspelled {@code addiitionalDuties} that the export carries on every row, and any other key
 * it may add, are skipped. Unnumbered headings ({@code htsno} empty, {@code superior: "true"}) are kept, in file
 * order, for the hierarchy. Read as a stream, element by element, so a file of any size is loaded in little memory.
 */
@Component
class HtsJsonFormat implements ReferenceFormat {

    private static final Pattern HTSNO = Pattern.compile("\\d{4}(?:\\.\\d{2}(?:\\.\\d{2}(?:\\.\\d{2})?)?)?");
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,4})?)%");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    HtsJsonFormat(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ReferenceKind kind() {
        return ReferenceKind.HTS;
    }

    @Override
    public int load(InputStream in, UUID loadId) {
        RowBatch batch = new RowBatch(jdbc, """
                insert into hts_line (load_id, position, htsno, indent, description, superior, units, general_rate,
                                      special_rate, other_rate, general_ad_valorem, footnotes, quota_quantity,
                                      additional_duties)
                values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?::jsonb, ?, ?)
                """);
        int element = 0;
        try (JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new MalformedReferenceFileException(at("the start", parser.currentTokenLocation()),
                        "the file must be a JSON array of HTS objects");
            }
            while (true) {
                JsonToken token = parser.nextToken();
                if (token == JsonToken.END_ARRAY) {
                    break;
                }
                element++;
                if (token != JsonToken.START_OBJECT) {
                    throw new MalformedReferenceFileException(where(element, parser), "expected an object, found " + token);
                }
                Line line = readElement(parser, element);
                batch.add(loadId, element, line.htsno, line.indent, line.description, line.superior,
                        JSON.writeValueAsString(line.units), line.general, line.special, line.other,
                        adValorem(line.general), line.footnotes, line.quotaQuantity, line.additionalDuties);
            }
            if (parser.nextToken() != null) {
                throw new MalformedReferenceFileException(where(element, parser), "there is more after the closing ]");
            }
        }
        catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation();
            throw new MalformedReferenceFileException(at("element " + Math.max(element, 1), location),
                    "not valid JSON (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
        }
        return batch.finish();
    }

    private static Line readElement(JsonParser parser, int element) {
        Line line = new Line();
        boolean sawHtsno = false;
        boolean sawIndent = false;
        boolean sawDescription = false;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "htsno" -> {
                    String text = string(parser, element, name, false);
                    if (!text.isBlank() && !HTSNO.matcher(text.strip()).matches()) {
                        throw new MalformedReferenceFileException(where(element, parser),
                                "field htsno \"" + text + "\" is not an HTS number (0101, 0101.21, 0101.21.00 or 0101.21.00.10)");
                    }
                    line.htsno = text.isBlank() ? null : text.strip().replace(".", "");
                    sawHtsno = true;
                }
                case "indent" -> {
                    String text = value == JsonToken.VALUE_NUMBER_INT ? parser.getString() : string(parser, element, name, false);
                    if (!text.strip().matches("\\d{1,2}")) {
                        throw new MalformedReferenceFileException(where(element, parser),
                                "field indent \"" + text + "\" is not a level (\"0\" to \"99\")");
                    }
                    line.indent = Integer.parseInt(text.strip());
                    sawIndent = true;
                }
                case "description" -> {
                    line.description = string(parser, element, name, false);
                    sawDescription = true;
                }
                case "superior" -> line.superior = superior(parser, element, value);
                case "units" -> line.units = units(parser, element, value);
                case "general" -> line.general = string(parser, element, name, true);
                case "special" -> line.special = string(parser, element, name, true);
                case "other" -> line.other = string(parser, element, name, true);
                case "footnotes" -> line.footnotes = footnotes(parser, element, value);
                case "quotaQuantity" -> line.quotaQuantity = optionalString(parser, element, name);
                case "additionalDuties" -> line.additionalDuties = optionalString(parser, element, name);
                default -> parser.skipChildren(); // addiitionalDuties (sic) and any key the export adds
            }
        }
        if (!sawHtsno || !sawIndent || !sawDescription) {
            String missing = !sawHtsno ? "htsno" : !sawIndent ? "indent" : "description";
            throw new MalformedReferenceFileException(where(element, parser), "field " + missing + " is missing");
        }
        return line;
    }

    private static String string(JsonParser parser, int element, String name, boolean nullAllowed) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return parser.getString();
        }
        if (token == JsonToken.VALUE_NULL && nullAllowed) {
            return "";
        }
        throw new MalformedReferenceFileException(where(element, parser), "field " + name + " must be a string, found "
                + describe(token));
    }

    private static @Nullable String optionalString(JsonParser parser, int element, String name) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        String text = string(parser, element, name, true);
        return text.isBlank() ? null : text;
    }

    private static boolean superior(JsonParser parser, int element, JsonToken token) {
        if (token == JsonToken.VALUE_NULL) {
            return false;
        }
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE;
        }
        if (token == JsonToken.VALUE_STRING && (parser.getString().equals("true") || parser.getString().equals("false"))) {
            return parser.getString().equals("true");
        }
        throw new MalformedReferenceFileException(where(element, parser),
                "field superior must be null or \"true\", found " + describe(token));
    }

    private static List<String> units(JsonParser parser, int element, JsonToken token) {
        List<String> units = new ArrayList<>();
        if (token == JsonToken.VALUE_NULL) {
            return units;
        }
        if (token != JsonToken.START_ARRAY) {
            throw new MalformedReferenceFileException(where(element, parser),
                    "field units must be an array of strings, found " + describe(token));
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw new MalformedReferenceFileException(where(element, parser),
                        "field units must be an array of strings, found " + describe(parser.currentToken()) + " in it");
            }
            units.add(parser.getString());
        }
        return units;
    }

    private static @Nullable String footnotes(JsonParser parser, int element, JsonToken token) {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.START_ARRAY) {
            throw new MalformedReferenceFileException(where(element, parser),
                    "field footnotes must be null or an array of objects, found " + describe(token));
        }
        JsonNode notes = parser.readValueAsTree();
        for (JsonNode note : notes) {
            if (!note.isObject()) {
                throw new MalformedReferenceFileException(where(element, parser),
                        "field footnotes must be null or an array of objects, found " + note.getNodeType() + " in it");
            }
        }
        return JSON.writeValueAsString(notes);
    }

    /** The general rate as a percentage where it is a plain ad valorem rate or Free; null otherwise. */
    static @Nullable BigDecimal adValorem(String general) {
        String text = general.strip();
        if (text.equals("Free")) {
            return BigDecimal.ZERO;
        }
        Matcher m = PERCENT.matcher(text);
        return m.matches() ? new BigDecimal(m.group(1)) : null;
    }

    private static String describe(@Nullable JsonToken token) {
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }

    private static String where(int element, JsonParser parser) {
        return at("element " + element, parser.currentTokenLocation());
    }

    private static String at(String what, @Nullable TokenStreamLocation location) {
        return location == null || location.getLineNr() < 0 ? what
                : what + " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** One element as read, before it is stored. */
    private static final class Line {
        @Nullable String htsno;
        int indent;
        String description = "";
        boolean superior;
        List<String> units = List.of();
        String general = "";
        String special = "";
        String other = "";
        @Nullable String footnotes;
        @Nullable String quotaQuantity;
        @Nullable String additionalDuties;
    }
}
