package org.openace.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.openace.platform.RequestPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A query or form whose bytes are not UTF-8 ({@code ?q=%FF}) is refused with 400 and the portal's error page, and
 * logged once as a one-line warning. Tomcat reports such parameters by throwing from the first
 * {@code getParameter} call, wherever that happens to be, which wrote an ERROR with a full stack trace for every
 * such request: a cheap way to flood the logs. The parameters are therefore read here first, right after the
 * character encoding is set. The values are not logged (they may be personal data, and are corrupt anyway).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UndecodableParametersFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UndecodableParametersFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (hasParameters(request)) {
            try {
                request.getParameterMap();
            }
            catch (InvalidParameterException e) {
                log.warn("Request refused with 400: its parameters could not be decoded as UTF-8 ({} {})",
                        request.getMethod(), shortened(RequestPaths.of(request)));
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static String shortened(String path) {
        return path.length() > 120 ? path.substring(0, 120) + "..." : path;
    }

    /** A query, or a form body; multipart bodies are left to the multipart resolver and its size limits. */
    private static boolean hasParameters(HttpServletRequest request) {
        if (request.getQueryString() != null) {
            return true;
        }
        String type = request.getContentType();
        return type != null && type.regionMatches(true, 0, MediaType.APPLICATION_FORM_URLENCODED_VALUE, 0,
                MediaType.APPLICATION_FORM_URLENCODED_VALUE.length());
    }
}
