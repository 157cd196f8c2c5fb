package org.openace.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openace.account.AuthorizationMatrixFixture.Actor;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;

/**
 * The matrix's requests, as the signed-in actors of {@link AuthorizationMatrixFixture} send them: pages and forms
 * (with the CSRF token), the API (JSON, with the CSRF header), and the answers to compare refusals by.
 */
final class AuthorizationMatrixRequests {

    /**
     * An answer as far as refusals could differ: the status, the content type, and the error message, heading and
     * form messages of a page, or the code, title, detail and field errors of a problem document.
     */
    record Answer(int status, String shape) {
    }

    private static final Pattern HEADING = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL);
    private static final Pattern MESSAGE = Pattern.compile("class=\"usa-(?:error-message|alert__text|alert__heading)\""
            + "[^>]*>([^<]*)<|<li><a class=\"usa-link\" href=\"#[^\"]*\">([^<]*)</a>");

    private final AuthorizationMatrixFixture world;
    private final Map<Actor, Answer> nothingThere = new EnumMap<>(Actor.class);

    AuthorizationMatrixRequests(AuthorizationMatrixFixture world) {
        this.world = world;
    }

    Answer get(Actor actor, String path) {
        return answer(path, exchange(actor, MockMvcRequestBuilders.get(path), path));
    }

    /**
     * Posts a form ({@link #form}) with the actor's CSRF token, or to the API a JSON body (an object, or its text)
     * with the CSRF header.
     */
    Answer post(Actor actor, String path, Object form) {
        return answer(path, postRaw(actor, path, form));
    }

    /** Posts a form and opens the page it leads to, as a browser does. */
    Answer postAndFollow(Actor actor, String path, MultiValueMap<String, String> form) {
        MockHttpServletResponse response = postRaw(actor, path, form);
        String next = response.getRedirectedUrl();
        return next == null ? answer(path, response) : get(actor, next);
    }

    MockHttpServletResponse exchange(Actor actor, AbstractMockHttpServletRequestBuilder<?> request, String path) {
        return world.client(actor).exchange(request.accept(isApi(path) ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML));
    }

    /** The answer to the actor's look at an account that does not exist. */
    Answer nothingThere(Actor actor) {
        return nothingThere.computeIfAbsent(actor, a -> get(a, "/accounts/" + UUID.randomUUID()));
    }

    /** The answer to the actor's change of an account that does not exist. */
    Answer nothingThereToChange(Actor actor) {
        return post(actor, "/accounts/" + UUID.randomUUID() + "/contacts", form("kind", "BILLING"));
    }

    Answer nothingThereInTheApi(Actor actor) {
        return get(actor, "/api/v1/accounts/" + UUID.randomUUID());
    }

    static MultiValueMap<String, String> form(String... namesAndValues) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    private MockHttpServletResponse postRaw(Actor actor, String path, Object form) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path);
        if (isApi(path)) {
            request.contentType(MediaType.APPLICATION_JSON).header(world.csrfHeader(actor), world.csrf(actor))
                    .content(form instanceof String json ? json : AuthorizationMatrixFixture.write(form));
        }
        else {
            request.contentType(MediaType.APPLICATION_FORM_URLENCODED).param("_csrf", world.csrf(actor));
            @SuppressWarnings("unchecked")
            MultiValueMap<String, String> fields = (MultiValueMap<String, String>) form;
            fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        }
        return exchange(actor, request, path);
    }

    static Answer answer(String path, MockHttpServletResponse response) {
        if (isApi(path)) {
            JsonNode problem = AuthorizationMatrixFixture.json(response);
            return new Answer(response.getStatus(), response.getContentType() + " | " + problem.path("code").asString()
                    + " | " + problem.path("title").asString() + " | " + problem.path("detail").asString() + " | "
                    + problem.path("errors"));
        }
        String body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        Matcher heading = HEADING.matcher(body);
        return new Answer(response.getStatus(), response.getContentType() + " | " + response.getErrorMessage() + " | "
                + (heading.find() ? heading.group(1).strip() : "") + " | " + messages(body));
    }

    private static List<String> messages(String body) {
        List<String> found = new ArrayList<>();
        Matcher matcher = MESSAGE.matcher(body);
        while (matcher.find()) {
            found.add((matcher.group(1) != null ? matcher.group(1) : matcher.group(2)).strip());
        }
        return found;
    }

    private static boolean isApi(String path) {
        return path.startsWith("/api/");
    }
}
