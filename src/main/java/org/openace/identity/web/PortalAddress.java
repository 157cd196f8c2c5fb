package org.openace.identity.web;

import org.springframework.stereotype.Component;

/** The portal's public base address, for links in e-mails. */
@Component
public class PortalAddress {

    private final String baseUrl;

    PortalAddress(WebSecurityProperties properties) {
        String url = properties.baseUrl();
        this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String baseUrl() {
        return baseUrl;
    }
}
