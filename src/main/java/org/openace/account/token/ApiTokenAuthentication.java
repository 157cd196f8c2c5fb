package org.openace.account.token;

import java.io.Serial;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openace.account.ApiTokenPrincipal;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request's API token: before authentication the bearer text as sent (never shown by {@link #toString()}) and the
 * client's address; after, the {@link ApiTokenPrincipal} with the one authority {@code API_TOKEN}, which no rule of
 * the pages or of the accounts API accepts.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String AUTHORITY = "API_TOKEN";

    private final transient @Nullable String bearer;
    private final String address;
    private final @Nullable ApiTokenPrincipal principal;

    private ApiTokenAuthentication(@Nullable String bearer, String address, @Nullable ApiTokenPrincipal principal) {
        super(principal == null ? List.of() : List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.bearer = bearer;
        this.address = address;
        this.principal = principal;
        setAuthenticated(principal != null);
    }

    static ApiTokenAuthentication unauthenticated(String bearer, String address) {
        return new ApiTokenAuthentication(bearer, address, null);
    }

    static ApiTokenAuthentication authenticated(ApiTokenPrincipal principal, String address) {
        return new ApiTokenAuthentication(null, address, principal);
    }

    @Nullable String bearer() {
        return bearer;
    }

    String address() {
        return address;
    }

    @Override
    public @Nullable Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return principal == null ? "api-token" : principal;
    }

    @Override
    public String getName() {
        return principal == null ? "api-token" : principal.auditName();
    }

    @Override
    public String toString() {
        return "ApiTokenAuthentication[" + getName() + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiTokenAuthentication that && getName().equals(that.getName());
    }

    @Override
    public int hashCode() {
        return getName().hashCode();
    }
}
