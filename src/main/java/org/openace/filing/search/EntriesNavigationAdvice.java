package org.openace.filing.search;

import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.EntitledScope;
import org.openace.account.AccessControl;
import org.openace.identity.CurrentUser;
import org.openace.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Whether the navigation offers "Entries" ({@code entriesNav}): to customs officers, and to trade users who may view
 * entries of at least one sub-account (one look at {@code entitled_sub_accounts}). Only tells the page what to link
 * to; the search itself is narrowed to what the user may see.
 */
@ControllerAdvice(annotations = Controller.class)
class EntriesNavigationAdvice {

    private final AccessControl access;
    private final JdbcClient jdbc;

    EntriesNavigationAdvice(AccessControl access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    @ModelAttribute("entriesNav")
    boolean entriesNav() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            return false;
        }
        if (user.hasRole(Role.OFFICER)) {
            return true;
        }
        if (!user.hasRole(Role.TRADE)) {
            return false;
        }
        EntitledScope scope = access.scope(user.id(), AccountFunction.ENTRIES, AccessLevel.VIEW);
        return jdbc.sql("select exists (select 1 from " + scope.table("s") + ")").params(scope.parameters())
                .query(Boolean.class).single();
    }
}
