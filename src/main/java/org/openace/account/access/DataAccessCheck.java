package org.openace.account.access;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.openace.account.AccessControl;
import org.openace.account.AccountDataNotFoundException;
import org.openace.account.DataAccess;
import org.openace.account.DataTarget;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.platform.web.EndpointRuleCheck;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Decides {@link DataAccess}: the id's resolver says what it names, {@link AccessControl} whether the user may.
 * Anything else than yes (a missing or malformed id, an id that names nothing, no rights) is a 404 and an audited
 * refusal. At start-up every kind declared must have its resolver and every id must be in the endpoint's address.
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
    }

    @Override
    public void check(DataAccess rule, HttpServletRequest request, HandlerMethod handler) {
        CurrentUser user = PathVariables.currentUser();
        Optional<String> id = PathVariables.of(request, rule.id());
        Optional<DataTarget> target = id.flatMap(value -> resolvers.resolve(rule.kind(), value));
        if (target.isPresent() && access.may(user.id(), rule.function(), rule.level(), target.get())) {
            return;
        }
        audit.record(AuditRecord.of("ACCOUNT_ACCESS_DENIED", AuditOutcome.DENIED)
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
