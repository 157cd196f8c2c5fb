package org.openace.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.platform.IdentifiedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in request: who the user is and which portal roles they hold. Carries no password
 * and no personal data beyond the display name.
 */
public final class CurrentUser implements UserDetails, IdentifiedPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UserId id;
    private final Username username;
    private final String displayName;
    private final Set<Role> roles;

    public CurrentUser(UserId id, Username username, String displayName, Set<Role> roles) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public UserId id() {
        return id;
    }

    @Override
    public UUID userId() {
        return id.value();
    }

    @Override
    public String username() {
        return username.value();
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(Role::authority).toList();
    }

    @Override
    public @Nullable String getPassword() {
        return null;
    }

    @Override
    public String getUsername() {
        return username.value();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CurrentUser that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "CurrentUser[" + id + ", " + username + "]";
    }
}
