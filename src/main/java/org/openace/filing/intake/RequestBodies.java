package org.openace.filing.intake;

import java.io.IOException;
import java.io.InputStream;

import org.openace.filing.json.FilingJson;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Reads a JSON request body of the filing API, up to a size: what is larger is refused before it is read whole,
 * what is not JSON is refused with the line and column where it stops being JSON.
 */
final class RequestBodies {

    private RequestBodies() {
    }

    static JsonNode json(HttpServletRequest request, long maxBytes) throws IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new FilingApiException(415, "UNSUPPORTED_MEDIA_TYPE", "Send the body as JSON",
                    "The body is JSON, sent with Content-Type: application/json.");
        }
        if (request.getContentLengthLong() > maxBytes) {
            throw tooLarge(maxBytes);
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (body.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        if (body.length == 0) {
            throw new FilingApiException(400, "MALFORMED_JSON", "The body is empty", "The body is an entry summary "
                    + "as JSON; it was empty.");
        }
        try {
            return FilingJson.MAPPER.readTree(body);
        }
        catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new FilingApiException(400, "MALFORMED_JSON", "The body is not JSON",
                    "The body is not well-formed JSON" + where + ".");
        }
    }

    private static FilingApiException tooLarge(long maxBytes) {
        return new FilingApiException(413, "PAYLOAD_TOO_LARGE", "The body is too large",
                "A request body is at most " + maxBytes + " bytes; send more summaries in several requests, or upload "
                        + "them as a file.");
    }
}
