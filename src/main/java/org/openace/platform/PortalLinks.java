package org.openace.platform;

import java.net.URI;
import java.net.InetAddress;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Full links to the portal's pages, for e-mails (which cannot link relative to anything): the configured public
 * address {@code openace.web.base-url} followed by the page's path. At start-up it checks that address against the
 * port the portal listens on: a base URL on this machine ({@code localhost}, a loopback address) with another port
 * is a portal started on another port whose mails would link to the wrong one, and gets a warning; a base URL on
 * another host is the address of a proxy in front of the portal and is only told in the log.
 */
@Component
public class PortalLinks {

    private static final Logger log = LoggerFactory.getLogger(PortalLinks.class);

    private final String baseUrl;

    PortalLinks(@Value("${openace.web.base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The full link to a page of the portal, e.g. {@code link("/accounts")}. */
    public String link(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A portal path starts with /");
        }
        return baseUrl + path;
    }

    public String baseUrl() {
        return baseUrl;
    }

    @EventListener
    void onStarted(WebServerInitializedEvent event) {
        check(event.getWebServer().getPort()).ifPresent(log::warn);
        log.info("links in e-mails start with {} (openace.web.base-url)", baseUrl);
    }

    /** The warning to give when the base URL points at this machine on another port than {@code listening}. */
    Optional<String> check(int listening) {
        URI uri;
        try {
            uri = URI.create(baseUrl);
        }
        catch (IllegalArgumentException e) {
            return Optional.of("openace.web.base-url is not a URL; links in e-mails will not work");
        }
        String host = uri.getHost();
        if (uri.getScheme() == null || host == null) {
            return Optional.of("openace.web.base-url is not a URL; links in e-mails will not work");
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        if (listening <= 0 || port == listening || !loopback(host)) {
            return Optional.empty();
        }
        return Optional.of("openace.web.base-url is " + baseUrl + " but the portal listens on port "
                + listening + ": links in e-mails will point to port " + port + ". Set OPENACE_WEB_BASE_URL (and "
                + "the passkey origin with it) to the address users reach this portal at, e.g. http://" + host + ":"
                + listening);
    }

    private static boolean loopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+|\\[[0-9a-f:]+\\]")) {
            return false; // a name: never looked up
        }
        try {
            return InetAddress.getByName(h.replace("[", "").replace("]", "")).isLoopbackAddress();
        }
        catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
