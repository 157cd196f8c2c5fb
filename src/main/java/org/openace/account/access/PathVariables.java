package org.openace.account.access;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.openace.account.AccountDataNotFoundException;
import org.openace.identity.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerMapping;

/** The variables of a request's address, as the handler mapping matched them, and of an address pattern. */
final class PathVariables {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([A-Za-z0-9_]+)(?::[^}]*)?}");

    private PathVariables() {
    }

    static Optional<String> of(HttpServletRequest request, String name) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof Map<?, ?> map && map.get(name) instanceof String value) {
            return Optional.of(value);
        }
        return Optional.empty();
    }

    /** Whether the address pattern has the variable, e.g. {@code {entryNumber}} in {@code /entries/{entryNumber}}. */
    static boolean in(String pattern, String name) {
        Matcher matcher = VARIABLE.matcher(pattern);
        while (matcher.find()) {
            if (matcher.group(1).equals(name)) {
                return true;
            }
        }
        return false;
    }

    static boolean inAll(Set<String> patterns, String name) {
        return !patterns.isEmpty() && patterns.stream().allMatch(p -> in(p, name));
    }

    /** The signed-in user; anyone else gets 404 like any refusal of account data. */
    static CurrentUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            throw new AccountDataNotFoundException();
        }
        return user;
    }
}
