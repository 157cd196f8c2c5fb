package org.openace.identity.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Web security settings.
 *
 * @param baseUrl        the portal's public address, used in e-mailed links and as the passkey origin
 * @param relyingPartyId the passkey relying party id: the portal's host name
 * @param csrfCookieName the cookie that carries the CSRF token ({@code __Host-} prefixed in production)
 * @param hstsMaxAge     Strict-Transport-Security max-age sent on HTTPS responses
 * @param metricsToken   a bearer token a Prometheus server presents to read {@code /actuator/prometheus};
 *                       empty means only signed-in administrators may read metrics
 * @param extraOrigins   further origins allowed for passkeys (e.g. other host names of the same portal)
 */
@ConfigurationProperties("openace.web")
public record WebSecurityProperties(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("localhost") String relyingPartyId,
        @DefaultValue("XSRF-TOKEN") String csrfCookieName,
        @DefaultValue("365d") Duration hstsMaxAge,
        @DefaultValue("") String metricsToken,
        @DefaultValue List<String> extraOrigins) {
}
