package org.openace.identity.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.openace.platform.RequestPaths;

/**
 * Lets a Prometheus server read {@code /actuator/prometheus} with a bearer token (set in
 * {@code openace.web.metrics-token}); it grants nothing else. Without a configured token no request is let in.
 */
final class MetricsTokenFilter extends OncePerRequestFilter {

    static final String AUTHORITY = "METRICS_READER";

    private final byte[] token;

    MetricsTokenFilter(WebSecurityProperties properties) {
        this.token = properties.metricsToken().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"/actuator/prometheus".equals(RequestPaths.of(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (token.length >= 16 && header != null && header.startsWith("Bearer ")
                && MessageDigest.isEqual(token, header.substring(7).trim().getBytes(StandardCharsets.UTF_8))) {
            var scraper = UsernamePasswordAuthenticationToken.authenticated("metrics", null,
                    List.of(new SimpleGrantedAuthority(AUTHORITY)));
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(scraper);
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
