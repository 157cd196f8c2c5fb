package org.openace.account.token;

import java.time.Clock;
import java.util.UUID;

import org.openace.account.AccountDataNotFoundException;
import org.openace.account.AccountId;
import org.openace.account.core.AccountAudit;
import org.openace.account.core.AccountChangeRefusedException;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.platform.ClientAddress;
import org.springframework.stereotype.Component;

/** An owner or proxy owner revokes one of the account's API tokens: it stops working on the next request. Audited. */
@Component
class RevokeApiToken {

    private final ApiTokens tokens;
    private final AuditTrail audit;
    private final Clock clock;

    RevokeApiToken(ApiTokens tokens, AuditTrail audit, Clock clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    /** Revokes the token and returns its name; 404 for a token of another account or none. */
    String revoke(CurrentUser owner, AccountId account, UUID token) {
        String name = tokens.nameOf(token, account).orElseThrow(AccountDataNotFoundException::new);
        if (!tokens.revoke(token, account, owner.id(), clock.instant())) {
            throw AccountChangeRefusedException.conflict("TOKEN_REVOKED_ALREADY", "This token is revoked already.");
        }
        audit.record(AccountAudit.done("API_TOKEN_REVOKED", owner, "API_TOKEN", token, account)
                .from(ClientAddress.current()));
        return name;
    }
}
