package org.openace.account.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.openace.account.AccessControl;
import org.openace.account.AccountDataNotFoundException;
import org.openace.account.ApiTokenPrincipal;
import org.openace.account.DataAccess;
import org.openace.account.DataTarget;
import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.identity.Role;
import org.openace.platform.web.EndpointRuleCheck;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Decides {@link DataAccess}: the id's resolver says what it names, {@link AccessControl} whether the user may.
 * Anything else than yes (a missing or malformed id, an id that names nothing, no rights) is a 404 and an audited
 * refusal. Users of the roles the rule names ({@link DataAccess#allForRoles}) reach every piece that exists; an API
 * token, where the rule accepts tokens ({@link DataAccess#apiTokens}), reaches what is visible from its own
 * sub-account. At start-up every kind declared must have its resolver, every id must be in the endpoint's address,
 * every role must exist and tokens are accepted only on {@code /api/} addresses.
 */
@Component
class DataAccessCheck implements EndpointRuleCheck<DataAccess> {

    private final DataResolvers resolvers;
    private final AccessControl access;
    private final AuditTrail audit;

    DataAccessCheck(DataResolvers resolvers, AccessControl access, AuditTrail audit) {
        this.resolvers = resolvers;
        this.access = access;
        this.audit = audit;
    }

    @Override
    public Class<DataAccess> rule() {
        return DataAccess.class;
    }

    @Override
    public void validate(DataAccess rule, HandlerMethod handler, Set<String> pathPatterns) {
        if (!resolvers.knows(rule.kind())) {
            throw new IllegalStateException(handler + " declares data of kind \"" + rule.kind()
                    + "\", which no DataResolver bean resolves");
        }
        if (!PathVariables.inAll(pathPatterns, rule.id())) {
            throw new IllegalStateException(handler + " declares access by the id {" + rule.id()
                    + "}, which is not in its address " + pathPatterns);
        }
        for (String role : rule.allForRoles()) {
            if (Arrays.stream(Role.values()).noneMatch(r -> r.name().equals(role))) {
                throw new IllegalStateException(handler + " lets the role " + role + " reach all data of the kind \""
                        + rule.kind() + "\", which is not a role (roles: " + Arrays.toString(Role.values()) + ")");
            }
        }
        if (rule.apiTokens() && pathPatterns.stream().anyMatch(pattern -> !pattern.startsWith("/api/"))) {
            throw new IllegalStateException(handler + " accepts API tokens at " + pathPatterns
                    + ": tokens are authenticated on /api/ addresses only");
        }
    }

    @Override
    public void check(DataAccess rule, HttpServletRequest request, HandlerMethod handler) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (rule.apiTokens() && current != null && current.isAuthenticated()
                && current.getPrincipal() instanceof ApiTokenPrincipal token) {
            checkToken(rule, request, token);
            return;
        }
        CurrentUser user = PathVariables.currentUser();
        Optional<String> id = PathVariables.of(request, rule.id());
        Optional<DataTarget> target = id.flatMap(value -> resolvers.resolve(rule.kind(), value));
        if (target.isPresent() && (holdsRoleForAll(rule, user)
                || access.may(user.id(), rule.function(), rule.level(), target.get()))) {
            return;
        }
        refuse(rule, request, id, target);
    }

    /** A token reaches data visible from its own sub-account, for what it covers. */
    private void checkToken(DataAccess rule, HttpServletRequest request, ApiTokenPrincipal token) {
        Optional<String> id = PathVariables.of(request, rule.id());
        Optional<DataTarget> target = id.flatMap(value -> resolvers.resolve(rule.kind(), value));
        boolean own = target.filter(DataTarget.Data.class::isInstance).map(DataTarget.Data.class::cast)
                .map(data -> data.refs().stream().anyMatch(ref -> ref.subAccount().equals(token.subAccount())))
                .orElse(false);
        if (!own || !token.covers(rule.function(), rule.level())) {
            refuse(AuditRecord.of("ACCOUNT_ACCESS_DENIED", AuditOutcome.DENIED)
                    .actor(new AuditActor(null, token.auditName())), rule, request, id, target);
        }
    }

    private static boolean holdsRoleForAll(DataAccess rule, CurrentUser user) {
        return Arrays.stream(rule.allForRoles()).anyMatch(role -> user.hasRole(Role.valueOf(role)));
    }

    private void refuse(DataAccess rule, HttpServletRequest request, Optional<String> id,
                        Optional<DataTarget> target) {
        refuse(AuditRecord.of("ACCOUNT_ACCESS_DENIED", AuditOutcome.DENIED), rule, request, id, target);
    }

    /** Audited, then 404; {@code record} names the actor where it is not the signed-in user (an API token). */
    private void refuse(AuditRecord.Builder record, DataAccess rule, HttpServletRequest request, Optional<String> id,
                        Optional<DataTarget> target) {
        audit.record(record
                .object(objectType(rule.kind()), target.isPresent() ? shown(id.get()) : "unknown")
                .detail("function", rule.function())
                .detail("level", rule.level())
                .detail("method", request.getMethod()));
        throw new AccountDataNotFoundException();
    }

    /** The audit's object type for a kind of data: {@code SUB_ACCOUNT} for "sub-account", {@code ENTRY} for "entry". */
    static String objectType(String kind) {
        return switch (kind) {
            case AccountDataResolvers.ACCOUNT -> "TRADE_ACCOUNT";
            default -> {
                String type = kind.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
                yield type.length() > 40 ? type.substring(0, 40) : type;
            }
        };
    }

    /** An id that names something, as the audit keeps it (bounded: an address can be long). */
    private static String shown(String id) {
        return id.length() > 64 ? id.substring(0, 64) : id;
    }
}
