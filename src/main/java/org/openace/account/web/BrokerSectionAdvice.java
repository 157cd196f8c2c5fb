package org.openace.account.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
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
class BrokerSectionAdvice {

    private final JdbcClient jdbc;

    BrokerSectionAdvice(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ModelAttribute("brokerAccount")
    boolean brokerAccount(HttpServletRequest request) {
        return accountOf(request).map(account -> hasActive(account, "activity = 'BROKER'")).orElse(false);
    }

    /** A broker's or filer's account, whose owners issue API tokens for the filer codes of those sub-accounts. */
    @ModelAttribute("filerAccount")
    boolean filerAccount(HttpServletRequest request) {
        return accountOf(request).map(account -> hasActive(account, "activity in ('BROKER', 'FILER')")).orElse(false);
    }

    private boolean hasActive(UUID account, String activity) {
        return jdbc.sql("select exists (select 1 from sub_account where account_id = ? and " + activity
                + " and status = 'ACTIVE')").param(account).query(Boolean.class).single();
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
