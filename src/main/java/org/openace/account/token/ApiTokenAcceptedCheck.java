package org.openace.account.token;

import jakarta.servlet.http.HttpServletRequest;
import org.openace.account.ApiTokenAccepted;
import org.openace.account.ApiTokenPrincipal;
import org.openace.platform.web.EndpointRuleCheck;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Decides {@link ApiTokenAccepted}: the request is authenticated with an API token (already checked against the
 * tables for this request) that covers the function at the level. A signed-in session or a visitor is refused.
 */
@Component
class ApiTokenAcceptedCheck implements EndpointRuleCheck<ApiTokenAccepted> {

    @Override
    public Class<ApiTokenAccepted> rule() {
        return ApiTokenAccepted.class;
    }

    @Override
    public void check(ApiTokenAccepted rule, HttpServletRequest request, HandlerMethod handler) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || !current.isAuthenticated()
                || !(current.getPrincipal() instanceof ApiTokenPrincipal token)
                || !token.covers(rule.function(), rule.level())) {
            throw new AccessDeniedException("Refused: the endpoint is for API tokens that cover "
                    + rule.function() + " " + rule.level());
        }
    }
}
