package org.openace.account.access;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;

import jakarta.servlet.http.HttpServletRequest;
import org.openace.account.AccessControl;
import org.openace.account.AccessLevel;
import org.openace.account.AccountAccess;
import org.openace.account.AccountDataNotFoundException;
import org.openace.account.AccountFunction;
import org.openace.account.AccountId;
import org.openace.account.AccountOwnerOnly;
import org.openace.account.AccountRole;
import org.openace.account.AccountVisible;
import org.openace.account.DataTarget;
import org.openace.account.SubAccountId;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.identity.UserId;
import org.openace.platform.web.EndpointRuleCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.method.HandlerMethod;

/**
 * Decides the rules of endpoints under an account, {@link AccountAccess}, {@link AccountOwnerOnly} and
 * {@link AccountVisible}, from {@code {accountId}} and {@code {subAccountId}} in the address, which the data
 * resolvers of the kinds "account" and "sub-account" read like any other data id. A sub-account must be one of the
 * account in the same address. A malformed id, an unknown account, a sub-account of another account and a lack of
 * rights all answer 404 ({@link AccountDataNotFoundException}: a page's error page, an API's problem document), so
 * that nobody learns whether data they may not see exists; refusals are audited.
 */
@Configuration(proxyBeanMethods = false)
class AccountPathChecks {

    private final AccessControl access;
    private final DataResolvers resolvers;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    AccountPathChecks(AccessControl access, DataResolvers resolvers, JdbcClient jdbc, AuditTrail audit) {
        this.access = access;
        this.resolvers = resolvers;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Bean
    EndpointRuleCheck<AccountAccess> accountAccessCheck() {
        return new PathCheck<>(AccountAccess.class, Set.of("accountId", "subAccountId")) {
            @Override
            public void check(AccountAccess rule, HttpServletRequest request, HandlerMethod handler) {
                decide(request, rule.function().name(), (user, path) ->
                        access.may(user, rule.function(), rule.level(), path.target()));
            }
        };
    }

    @Bean
    EndpointRuleCheck<AccountOwnerOnly> accountOwnerOnlyCheck() {
        return new PathCheck<>(AccountOwnerOnly.class, Set.of("accountId")) {
            @Override
            public void check(AccountOwnerOnly rule, HttpServletRequest request, HandlerMethod handler) {
                decide(request, "OWNER", (user, path) -> path.account()
                        .flatMap(account -> access.roleIn(user, account))
                        .filter(role -> role == AccountRole.OWNER
                                || (rule.proxyAllowed() && role == AccountRole.PROXY_OWNER))
                        .isPresent());
            }
        };
    }

    @Bean
    EndpointRuleCheck<AccountVisible> accountVisibleCheck() {
        return new PathCheck<>(AccountVisible.class, Set.of("accountId", "subAccountId")) {
            @Override
            public void check(AccountVisible rule, HttpServletRequest request, HandlerMethod handler) {
                decide(request, "ANY", this::isVisible);
            }

            /** An active member of the account, or someone who may view some function on it (or the sub-account). */
            private boolean isVisible(UserId user, AccountPath path) {
                if (path.account().flatMap(account -> access.roleIn(user, account)).isPresent()) {
                    return true;
                }
                for (AccountFunction function : AccountFunction.values()) {
                    if (access.may(user, function, AccessLevel.VIEW, path.target())) {
                        return true;
                    }
                }
                return false;
            }
        };
    }

    /** The account and sub-account an address names (at least one). */
    record AccountPath(Optional<AccountId> account, Optional<SubAccountId> subAccount) {

        /** The narrowest: the sub-account if there is one, else the account as a whole. */
        DataTarget target() {
            return subAccount.map(sub -> DataTarget.anyOf(org.openace.account.DataRef.of(sub)))
                    .orElseGet(() -> DataTarget.account(account.orElseThrow()));
        }
    }

    private abstract class PathCheck<A extends java.lang.annotation.Annotation> implements EndpointRuleCheck<A> {

        private final Class<A> rule;
        private final Set<String> anyOf;

        PathCheck(Class<A> rule, Set<String> anyOf) {
            this.rule = rule;
            this.anyOf = anyOf;
        }

        @Override
        public Class<A> rule() {
            return rule;
        }

        /** The address must name what the rule is about: an account (or, where the rule allows, a sub-account). */
        @Override
        public void validate(A declared, HandlerMethod handler, Set<String> pathPatterns) {
            if (anyOf.stream().noneMatch(name -> PathVariables.inAll(pathPatterns, name))) {
                throw new IllegalStateException(handler + " declares @" + rule.getSimpleName() + " but its address "
                        + pathPatterns + " names none of " + anyOf);
            }
        }

        void decide(HttpServletRequest request, String auditedFunction, BiPredicate<UserId, AccountPath> rule) {
            CurrentUser user = PathVariables.currentUser();
            Optional<String> accountText = PathVariables.of(request, "accountId");
            Optional<String> subAccountText = PathVariables.of(request, "subAccountId");
            Optional<AccountId> account = accountText
                    .flatMap(id -> resolvers.resolve(AccountDataResolvers.ACCOUNT, id))
                    .map(target -> ((DataTarget.WholeAccount) target).account());
            Optional<SubAccountId> subAccount = subAccountText
                    .flatMap(id -> resolvers.resolve(AccountDataResolvers.SUB_ACCOUNT, id))
                    .map(target -> ((DataTarget.Data) target).refs().getFirst().subAccount());
            boolean malformed = (accountText.isPresent() && account.isEmpty())
                    || (subAccountText.isPresent() && subAccount.isEmpty());
            boolean allowed = !malformed && (account.isPresent() || subAccount.isPresent());
            if (allowed && account.isPresent() && subAccount.isPresent()) {
                allowed = belongsTo(subAccount.get(), account.get());
            }
            if (allowed) {
                allowed = rule.test(user.id(), new AccountPath(account, subAccount));
            }
            if (!allowed) {
                audit.record(AuditRecord.of("ACCOUNT_ACCESS_DENIED", AuditOutcome.DENIED)
                        .object(subAccount.isPresent() ? "SUB_ACCOUNT" : "TRADE_ACCOUNT",
                                subAccount.map(SubAccountId::value)
                                        .or(() -> account.map(AccountId::value))
                                        .map(UUID::toString).orElse("malformed"))
                        .detail("function", auditedFunction)
                        .detail("method", request.getMethod()));
                throw new AccountDataNotFoundException();
            }
        }

        private boolean belongsTo(SubAccountId subAccount, AccountId account) {
            return jdbc.sql("select exists(select 1 from sub_account where id = ? and account_id = ?)")
                    .param(subAccount.value()).param(account.value()).query(Boolean.class).single();
        }
    }
}
