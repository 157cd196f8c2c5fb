package org.openace.account.token;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.openace.account.ApiTokenPrincipal;
import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Authenticates an API token on every request, from the tables (nothing is cached, so that revoking, closing the
 * sub-account or removing its filer code counts on the next request): the digest of a well-formed secret is looked
 * up and compared in constant time; the token must be unrevoked, unexpired, and its sub-account active, of a broker
 * or filer, still holding the token's filer code. Each authenticated request records one audit row, and the token's
 * last use unless the row read shows it noted less than {@link ApiTokens#LAST_USE_PRECISION} ago from the same address
 * (then the audit row is the request's only write, one round trip); each refusal of a real token one audit row.
 */
final class ApiTokenAuthenticationProvider implements AuthenticationProvider {

    private final ApiTokens tokens;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ApiTokenAuthenticationProvider(ApiTokens tokens, AuditTrail audit, TransactionTemplate transaction, Clock clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        ApiTokenAuthentication request = (ApiTokenAuthentication) authentication;
        Optional<ApiTokenSecret> secret = ApiTokenSecret.parse(request.bearer());
        Optional<ApiTokens.Found> found = secret.map(ApiTokenSecret::digest)
                .flatMap(digest -> tokens.byDigest(digest)
                        .filter(token -> MessageDigest.isEqual(token.digest(), digest)));
        if (found.isEmpty()) {
            audit.record(AuditRecord.of("API_TOKEN_REFUSED", AuditOutcome.DENIED).actor(AuditActor.ANONYMOUS)
                    .object("API_TOKEN", "unknown").detail("reason", ApiTokenRefused.Reason.TOKEN_INVALID)
                    .from(request.address()));
            throw new ApiTokenRefused(ApiTokenRefused.Reason.TOKEN_INVALID);
        }
        ApiTokens.Found token = found.get();
        Instant now = clock.instant();
        ApiTokenPrincipal principal = new ApiTokenPrincipal(token.id(), token.account(), token.subAccount(),
                token.filerCode());
        AuditActor actor = new AuditActor(null, principal.auditName());
        ApiTokenRefused.Reason refusal = token.refusal(now);
        if (refusal != null) {
            audit.record(AuditRecord.of("API_TOKEN_REFUSED", AuditOutcome.DENIED).actor(actor)
                    .object("API_TOKEN", token.id()).detail("account", token.account()).detail("reason", refusal)
                    .from(request.address()));
            throw new ApiTokenRefused(refusal);
        }
        AuditRecord used = AuditRecord.of("API_TOKEN_USED", AuditOutcome.SUCCESS).actor(actor)
                .object("API_TOKEN", token.id()).detail("account", token.account())
                .detail("filerCode", token.filerCode()).from(request.address()).build();
        if (token.useToNote(now, request.address())) {
            transaction.executeWithoutResult(status -> {
                tokens.used(token.id(), now, request.address());
                audit.record(used);
            });
        }
        else {
            audit.record(used);
        }
        return ApiTokenAuthentication.authenticated(principal, request.address());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return ApiTokenAuthentication.class.isAssignableFrom(authentication);
    }
}
