package org.openace.account.token;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The answers of the token chain itself, as RFC 9457 problem documents with a stable {@code code}: 401 with a
 * {@code WWW-Authenticate: Bearer} challenge (RFC 6750) for a token that does not authenticate, 403 for a token
 * on an endpoint that does not accept tokens. Their texts are fixed: nothing of the request is echoed.
 */
final class ApiTokenProblems {

    private ApiTokenProblems() {
    }

    static void unauthorized(HttpServletResponse response, ApiTokenRefused.Reason reason) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"openace\", error=\"invalid_token\", error_description=\""
                + reason.name() + "\"");
        write(response, 401, "The API token is not accepted", reason.detail(), reason.name());
    }

    static void forbidden(HttpServletResponse response) throws IOException {
        write(response, 403, "Not for API tokens", "This address does not accept API tokens. Tokens are for filing "
                + "through the endpoints that say so in the API description.", "TOKEN_NOT_ACCEPTED");
    }

    private static void write(HttpServletResponse response, int status, String title, String detail, String code)
            throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\"}");
    }
}
