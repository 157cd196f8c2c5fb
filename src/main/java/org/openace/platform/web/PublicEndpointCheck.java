package org.openace.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/** {@link PublicEndpoint}: nothing to check here; the web security's path rules let everyone through. */
@Component
class PublicEndpointCheck implements EndpointRuleCheck<PublicEndpoint> {

    @Override
    public Class<PublicEndpoint> rule() {
        return PublicEndpoint.class;
    }

    @Override
    public void check(PublicEndpoint rule, HttpServletRequest request, HandlerMethod handler) {
    }
}
