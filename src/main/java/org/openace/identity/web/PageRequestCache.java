package org.openace.identity.web;

import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Remembers the page someone asked for before signing in, to return there afterwards: only page requests (GET,
 * not from a script), never a resource or an endpoint a script calls.
 */
final class PageRequestCache extends HttpSessionRequestCache {

    PageRequestCache() {
        setRequestMatcher(request -> "GET".equals(request.getMethod())
                && request.getHeader("HX-Request") == null
                && !SignInEntryPoint.isScriptRequest(request)
                && !request.getRequestURI().startsWith("/session/")
                && !request.getRequestURI().startsWith("/actuator/")
                && !request.getRequestURI().endsWith(".ico"));
        setMatchingRequestParameterName(null);
    }
}
