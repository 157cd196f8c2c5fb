package org.openace.account.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Whether the account of an account page ({@code /accounts/{accountId}/...}) has a broker sub-account: the heading
 * offers the client groups section only to brokers' accounts (model attribute {@code brokerAccount}), and the API
 * tokens section only to accounts with a broker or filer sub-account ({@code filerAccount}). Runs after the
 * account's access check, and only tells the page what to link to.
 */
@ControllerAdvice(annotations = Controller.class)
class AccountSectionsAdvice {

    private final JdbcClient jdbc;

    AccountSectionsAdvice(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds {@code brokerAccount} and {@code filerAccount} to the model of every account page, from one query on the
     * account's active sub-accounts.
     */
    @ModelAttribute
    void sections(HttpServletRequest request, Model model) {
        Sections sections = accountOf(request).map(account -> jdbc.sql("""
                select coalesce(bool_or(activity = 'BROKER'), false), coalesce(bool_or(activity in ('BROKER', 'FILER')), false)
                from sub_account where account_id = ? and status = 'ACTIVE'
                """).param(account).query((row, n) -> new Sections(row.getBoolean(1), row.getBoolean(2))).single())
                .orElse(new Sections(false, false));
        model.addAttribute("brokerAccount", sections.broker());
        model.addAttribute("filerAccount", sections.filer());
    }

    /** A broker's account has client groups; a broker's or filer's account has API tokens for its filer codes. */
    private record Sections(boolean broker, boolean filer) {
    }

    private static Optional<UUID> accountOf(HttpServletRequest request) {
        if (!(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables)
                || !(variables.get("accountId") instanceof String text) || !request.getRequestURI().startsWith(
                request.getContextPath() + "/accounts/")) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
