package org.openace.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The network address a request came from, as the servlet container reports it (behind a trusted proxy with
 * {@code server.forward-headers-strategy=native}, the client's own address).
 */
public final class ClientAddress {

    /** What is recorded when there is no web request, e.g. a scheduled job or the command line. */
    public static final String NONE = "local";

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address == null || address.isBlank() ? NONE : address;
    }

    /** The address of the request being served on this thread, or {@link #NONE}. */
    public static String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return of(attributes.getRequest());
        }
        return NONE;
    }
}
