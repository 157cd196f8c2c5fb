package org.openace.platform;

import jakarta.servlet.http.HttpServletRequest;

/** The path of a request within the portal, whatever the servlet mapping (the URI without the context path). */
public final class RequestPaths {

    private RequestPaths() {
    }

    public static String of(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
