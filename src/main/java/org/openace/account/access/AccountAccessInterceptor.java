package org.openace.account.access;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openace.account.AccessControl;
import org.openace.account.AccessLevel;
import org.openace.account.AccountDataNotFoundException;
import org.openace.account.AccountFunction;
import org.openace.account.AccountAccess;
import org.openace.account.AccountId;
import org.openace.account.AccountOwnerOnly;
import org.openace.account.AccountRole;
import org.openace.account.DataRef;
import org.openace.account.SubAccountId;
import org.openace.account.AccountVisible;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Enforces {@link AccountAccess}, {@link AccountOwnerOnly} and {@link AccountVisible} on the server for every
 * request, web page or API alike. A malformed id, an unknown account, a sub-account of another account and a lack of
 * rights all answer 404 ({@link AccountDataNotFoundException}: a page's error page, an API's problem document), so
 * that nobody learns whether data they may not see exists; refusals are audited.
 */
@Component
class AccountAccessInterceptor implements HandlerInterceptor {

    private final AccessControl access;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    AccountAccessInterceptor(AccessControl access, JdbcClient jdbc, AuditTrail audit) {
        this.access = access;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        AccountAccess needs = method.getMethodAnnotation(AccountAccess.class);
        AccountOwnerOnly ownerOnly = method.getMethodAnnotation(AccountOwnerOnly.class);
        AccountVisible visible = method.getMethodAnnotation(AccountVisible.class);
        if (needs == null && ownerOnly == null && visible == null) {
            return true;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            throw new AccountDataNotFoundException();
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request
                .getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Optional<UUID> accountId = uuid(variables, "accountId");
        Optional<UUID> subAccountId = uuid(variables, "subAccountId");
        boolean malformed = (variables != null && variables.containsKey("accountId") && accountId.isEmpty())
                || (variables != null && variables.containsKey("subAccountId") && subAccountId.isEmpty());
        boolean allowed = !malformed && (accountId.isPresent() || subAccountId.isPresent());
        if (allowed && accountId.isPresent() && subAccountId.isPresent()) {
            allowed = belongsTo(subAccountId.get(), accountId.get());
        }
        if (allowed && ownerOnly != null) {
            allowed = accountId.flatMap(id -> access.roleIn(user.id(), new AccountId(id)))
                    .filter(role -> role == AccountRole.OWNER || (ownerOnly.proxyAllowed() && role == AccountRole.PROXY_OWNER))
                    .isPresent();
        }
        if (allowed && needs != null) {
            allowed = subAccountId.isPresent()
                    ? access.may(user.id(), needs.function(), needs.level(), DataRef.of(new SubAccountId(subAccountId.get())))
                    : access.mayOnAccount(user.id(), needs.function(), needs.level(), new AccountId(accountId.get()));
        }
        if (allowed && visible != null) {
            allowed = isVisible(user, accountId, subAccountId);
        }
        if (!allowed) {
            audit.record(AuditRecord.of("ACCOUNT_ACCESS_DENIED", AuditOutcome.DENIED)
                    .object(subAccountId.isPresent() ? "SUB_ACCOUNT" : "TRADE_ACCOUNT",
                            subAccountId.or(() -> accountId).map(UUID::toString).orElse("malformed"))
                    .detail("function", needs != null ? needs.function() : ownerOnly != null ? "OWNER" : "ANY")
                    .detail("method", request.getMethod()));
            throw new AccountDataNotFoundException();
        }
        return true;
    }

    /** An active member of the account, or someone who may view some function on it (or on the sub-account). */
    private boolean isVisible(CurrentUser user, Optional<UUID> accountId, Optional<UUID> subAccountId) {
        if (accountId.isPresent() && access.roleIn(user.id(), new AccountId(accountId.get())).isPresent()) {
            return true;
        }
        for (AccountFunction function : AccountFunction.values()) {
            boolean may = subAccountId.isPresent()
                    ? access.may(user.id(), function, AccessLevel.VIEW, DataRef.of(new SubAccountId(subAccountId.get())))
                    : access.mayOnAccount(user.id(), function, AccessLevel.VIEW, new AccountId(accountId.orElseThrow()));
            if (may) {
                return true;
            }
        }
        return false;
    }

    private boolean belongsTo(UUID subAccount, UUID account) {
        return jdbc.sql("select exists(select 1 from sub_account where id = ? and account_id = ?)")
                .param(subAccount).param(account).query(Boolean.class).single();
    }

    private static Optional<UUID> uuid(Map<String, String> variables, String name) {
        if (variables == null || variables.get(name) == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(variables.get(name)));
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
