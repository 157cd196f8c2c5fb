package org.openace.test;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser-like client over MockMvc: keeps cookies, follows redirects, reads CSRF tokens from the page, and comes
 * from its own client address (so that tests do not throttle each other).
 */
public final class PortalClient {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");
    private static final Pattern H1 = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL);

    private final MockMvc mvc;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();
    private String address;
    private Page last;

    /** A new client, signed in as {@code user} with both factors. */
    public static PortalClient signedIn(MockMvc mvc, org.openace.identity.user.PortalUser user) {
        PortalClient client = new PortalClient(mvc);
        client.signIn(user);
        return client;
    }

    public PortalClient(MockMvc mvc) {
        this.mvc = mvc;
        int n = ADDRESSES.getAndIncrement();
        this.address = "10." + ((n >> 16) & 255) + "." + ((n >> 8) & 255) + "." + (n & 255);
    }

    public PortalClient from(String clientAddress) {
        this.address = clientAddress;
        return this;
    }

    public String address() {
        return address;
    }

    /** A response, after redirects were followed. */
    public record Page(int status, String path, String body, MockHttpServletResponse response) {

        public String csrf() {
            Matcher matcher = CSRF.matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("No CSRF token on " + path);
            }
            return matcher.group(1);
        }

        public String heading() {
            Matcher matcher = H1.matcher(body);
            return matcher.find() ? matcher.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip() : "";
        }

        public boolean contains(String text) {
            return body.contains(text);
        }

        public String header(String name) {
            return response.getHeader(name);
        }
    }

    public Page get(String path) {
        return send(HttpMethod.GET, path, Map.of(), true);
    }

    /** Posts a form with the CSRF token of the last page. */
    public Page post(String path, Map<String, String> form) {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.computeIfAbsent("_csrf", name -> last == null ? "" : last.csrf());
        return send(HttpMethod.POST, path, withToken, true);
    }

    /** Posts a form without following the redirect. */
    public Page postNoFollow(String path, Map<String, String> form) {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.computeIfAbsent("_csrf", name -> last == null ? "" : last.csrf());
        return send(HttpMethod.POST, path, withToken, false);
    }

    public Page getNoFollow(String path) {
        return send(HttpMethod.GET, path, Map.of(), false);
    }

    /** Sends any request with headers and a body, keeping cookies (for script and API calls). */
    public MockHttpServletResponse exchange(org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request) {
        request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            keepCookies(response);
            return response;
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public Page last() {
        return last;
    }

    public Map<String, Cookie> cookies() {
        return cookies;
    }

    public void forgetCookies() {
        cookies.clear();
    }

    public void setCookie(Cookie cookie) {
        cookies.put(cookie.getName(), cookie);
    }

    private Page send(HttpMethod method, String path, Map<String, String> form, boolean follow) {
        String current = path;
        HttpMethod currentMethod = method;
        Map<String, String> currentForm = form;
        for (int hops = 0; hops < 10; hops++) {
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(currentMethod, URI.create(current));
            currentForm.forEach(request::param);
            if (currentMethod == HttpMethod.POST) {
                request.contentType("application/x-www-form-urlencoded");
            }
            request.accept("text/html");
            MockHttpServletResponse response = exchange(request);
            String location = response.getRedirectedUrl();
            if (follow && location != null && response.getStatus() / 100 == 3) {
                current = URI.create("http://localhost").resolve(location).getRawPath()
                        + (URI.create("http://localhost").resolve(location).getRawQuery() == null ? ""
                        : "?" + URI.create("http://localhost").resolve(location).getRawQuery());
                currentMethod = HttpMethod.GET;
                currentForm = Map.of();
                continue;
            }
            String forwarded = response.getForwardedUrl();
            try {
                last = new Page(response.getStatus(), forwarded != null ? current : current,
                        response.getContentAsString(), response);
            }
            catch (java.io.UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
            return last;
        }
        throw new AssertionError("Too many redirects from " + path);
    }

    private void keepCookies(MockHttpServletResponse response) {
        for (Cookie cookie : response.getCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            }
            else {
                cookies.put(cookie.getName(), cookie);
            }
        }
    }

    // --- sign-in ---------------------------------------------------------------------------------------------

    /** Signs in through the whole sign-in: notification, password, e-mailed code (from GreenMail), terms. */
    public Page signIn(String username, String password, String email) {
        get("/sign-in");
        int before = TestMailServer.messagesTo(email).size();
        Page verify = post("/sign-in", Map.of("acknowledge", "yes", "username", username, "password", password));
        assertThat(verify.path()).as("after the password").startsWith("/sign-in/verify");
        MimeMessage mail = TestMailServer.awaitMessage(email, before, "sign-in code");
        Page after = post("/sign-in/verify/email", Map.of("code", TestMailServer.codeIn(mail)));
        if (after.path().startsWith("/terms/accept")) {
            String version = find(after.body(), "name=\"version\" value=\"(\\d+)\"");
            after = post("/terms/accept", Map.of("accept", "yes", "version", version));
        }
        return after;
    }

    public Page signIn(org.openace.identity.user.PortalUser user) {
        return signIn(user.username().value(), TestUsers.PASSWORD, user.email().value());
    }

    static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("Not found: " + regex);
        }
        return matcher.group(1);
    }

    public static List<String> all(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
