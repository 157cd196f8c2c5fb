package org.openace.account.token;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.openace.account.ApiTokenStanding;
import org.openace.account.SubAccountId;
import org.springframework.stereotype.Component;

/** {@link ApiTokenStanding} from {@code api_token}, as {@link ApiTokenAuthenticationProvider} decides a request. */
@Component
class SqlApiTokenStanding implements ApiTokenStanding {

    private final ApiTokens tokens;
    private final Clock clock;

    SqlApiTokenStanding(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public boolean mayStillFile(UUID tokenId) {
        return standingFor(tokenId).isPresent();
    }

    @Override
    public Optional<SubAccountId> standingFor(UUID tokenId) {
        return tokens.byId(tokenId).filter(token -> token.refusal(clock.instant()) == null)
                .map(ApiTokens.Found::subAccount);
    }
}
