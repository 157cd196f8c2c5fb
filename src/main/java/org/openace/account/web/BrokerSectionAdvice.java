package org.openace.account.web;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Whether the account of an account page ({@code /accounts/{accountId}/...}) has a broker sub-account: the heading
 * offers the client groups section only to brokers' accounts (model attribute {@code brokerAccount}). Runs after the
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
        if (!(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables)
                || !(variables.get("accountId") instanceof String text) || !request.getRequestURI().startsWith(
                request.getContextPath() + "/accounts/")) {
            return false;
        }
        UUID account;
        try {
            account = UUID.fromString(text);
        }
        catch (IllegalArgumentException e) {
            return false;
        }
        return jdbc.sql("""
                select exists (select 1 from sub_account where account_id = ? and activity = 'BROKER' and status = 'ACTIVE')
                """).param(account).query(Boolean.class).single();
    }
}
