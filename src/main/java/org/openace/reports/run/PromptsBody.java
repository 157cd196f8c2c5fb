package org.openace.reports.run;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openace.reports.catalog.PromptForm;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The prompts of a run asked for through the API: a JSON object whose members are {@link PromptForm}'s fields, each a
 * string (numbers are taken as written), read up to {@value #MAX_BYTES} bytes. An empty body is an object without
 * members (the prompts' checks then say what is missing). Members that are no prompt, or not a single value, are
 * refused by name, as {@link PromptForm#check} refuses values.
 */
final class PromptsBody {

    static final int MAX_BYTES = 16 * 1024;
    static final List<String> MEMBERS = List.of("basis", "from", "to", "importer", "port", "filerCode", "hts",
            "countryOfOrigin", "entryType");

    /** The body could not be read as prompts at all: the answer to send. */
    static final class Refused extends Exception {
        private final transient ResponseEntity<ProblemDetail> answer;

        Refused(ResponseEntity<ProblemDetail> answer) {
            super(null, null, false, false);
            this.answer = answer;
        }

        ResponseEntity<ProblemDetail> answer() {
            return answer;
        }
    }

    private PromptsBody() {
    }

    /** The form, and why members were refused (each a message; none where all were prompts). */
    record Read(PromptForm form, List<String> refusedMembers) {
    }

    static Read read(HttpServletRequest request, JsonMapper json) throws IOException, Refused {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BYTES + 1);
        }
        if (body.length > MAX_BYTES) {
            throw new Refused(ReportApiProblems.problem(HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE",
                    "The body is too large", "A run's prompts are at most " + MAX_BYTES + " bytes of JSON."));
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<String> refused = new ArrayList<>();
        if (!blank(body)) {
            String type = request.getContentType();
            if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
                throw new Refused(ReportApiProblems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        "UNSUPPORTED_MEDIA_TYPE", "Send the prompts as JSON",
                        "The prompts are a JSON object, sent with Content-Type: application/json."));
            }
            JsonNode tree;
            try {
                tree = json.readTree(body);
            }
            catch (JacksonException e) {
                throw new Refused(ReportApiProblems.problem(HttpStatus.BAD_REQUEST, "MALFORMED_JSON",
                        "The body is not JSON", "The body is not well-formed JSON."));
            }
            if (!tree.isObject()) {
                throw new Refused(ReportApiProblems.problem(HttpStatus.BAD_REQUEST, "MALFORMED_JSON",
                        "The body is not an object", "The prompts are one JSON object, e.g. "
                                + "{\"from\": \"2026-01-01\", \"to\": \"2026-03-31\"}."));
            }
            Set<String> known = Set.copyOf(MEMBERS);
            for (Map.Entry<String, JsonNode> member : tree.properties()) {
                String name = member.getKey();
                JsonNode value = member.getValue();
                if (!known.contains(name)) {
                    refused.add("\"" + printable(name) + "\" is not a prompt; the prompts "
                            + "are " + String.join(", ", MEMBERS) + ".");
                }
                else if (value.isNull()) {
                    values.remove(name);
                }
                else if (value.isString() || value.isNumber()) {
                    values.put(name, value.asString());
                }
                else {
                    refused.add(name + ": give one value as a string.");
                }
            }
        }
        return new Read(new PromptForm(values.get("basis"), values.get("from"), values.get("to"),
                values.get("importer"), values.get("port"), values.get("filerCode"), values.get("hts"),
                values.get("countryOfOrigin"), values.get("entryType")), List.copyOf(refused));
    }

    private static boolean blank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    private static String printable(@Nullable String name) {
        String text = name == null ? "" : name.replaceAll("[^A-Za-z0-9_.-]", "?");
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
