package org.openace.test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser over real HTTP for tests against running portal nodes: keeps cookies itself (including
 * {@code Secure} ones over plain-HTTP localhost, as browsers do), follows redirects, and can be pointed at another
 * node with the same cookies.
 */
public final class HttpBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String base;
    private String lastBody = "";

    public HttpBrowser(String base) {
        this.base = base;
    }

    public HttpBrowser at(String newBase) {
        this.base = newBase;
        return this;
    }

    public record Response(int status, String path, String body, HttpResponse<String> raw) {
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response post(String path, Map<String, String> form) {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        Matcher token = CSRF.matcher(lastBody);
        if (token.find()) {
            withToken.putIfAbsent("_csrf", token.group(1));
        }
        String body = withToken.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send("POST", path, body);
    }

    public Map<String, String> cookies() {
        return cookies;
    }

    private Response send(String method, String path, String form) {
        String current = path;
        String currentMethod = method;
        String currentBody = form;
        for (int hops = 0; hops < 10; hops++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + current)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "text/html");
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")));
            }
            if ("POST".equals(currentMethod)) {
                request.header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(currentBody));
            }
            else {
                request.GET();
            }
            HttpResponse<String> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            }
            catch (IOException e) {
                throw new IllegalStateException(e);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            keepCookies(response.headers().allValues("Set-Cookie"));
            if (response.statusCode() / 100 == 3) {
                URI next = URI.create(base + current).resolve(response.headers().firstValue("Location").orElseThrow());
                current = next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery());
                currentMethod = "GET";
                currentBody = null;
                continue;
            }
            lastBody = response.body();
            return new Response(response.statusCode(), current, response.body(), response);
        }
        throw new AssertionError("Too many redirects");
    }

    private void keepCookies(List<String> headers) {
        for (String header : headers) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals).strip();
            String value = pair.substring(equals + 1).strip();
            if (header.toLowerCase().contains("max-age=0") || value.isEmpty()) {
                cookies.remove(name);
            }
            else {
                cookies.put(name, value);
            }
        }
    }

    /** Signs in through notification, password and e-mailed code (from the test mail server), and the terms. */
    public Response signIn(String username, String password, String email) {
        get("/sign-in");
        int before = TestMailServer.messagesTo(email).size();
        Response verify = post("/sign-in", Map.of("acknowledge", "yes", "username", username, "password", password));
        if (!verify.path().startsWith("/sign-in/verify")) {
            throw new AssertionError("Password step failed: " + verify.status() + " " + verify.path());
        }
        String code = TestMailServer.codeIn(TestMailServer.awaitMessage(email, before, "sign-in code"));
        Response after = post("/sign-in/verify/email", Map.of("code", code));
        if (after.path().startsWith("/terms/accept")) {
            Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(after.body());
            version.find();
            after = post("/terms/accept", Map.of("accept", "yes", "version", version.group(1)));
        }
        return after;
    }
}
