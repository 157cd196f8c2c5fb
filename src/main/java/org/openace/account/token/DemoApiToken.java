package org.openace.account.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.openace.account.TradeIdentifier;
import org.openace.account.IdentifierKind;
import org.openace.account.core.Identifier;
import org.openace.account.core.Identifiers;
import org.openace.account.core.SubAccounts;
import org.openace.identity.UserDirectory;
import org.openace.identity.Username;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's API token (listed in the README): for the demo broker's sub-account and its filer code
 * {@code D3M}, with a fixed secret that is published for the demo and so is worth nothing anywhere else. Created
 * once, after the demo accounts, issued by {@code broker.demo}, valid for a year from then. Only with
 * {@code openace.demo.seed}: no other profile knows this token.
 */
@Component
@Order(21)
@ConditionalOnBooleanProperty("openace.demo.seed")
class DemoApiToken implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoApiToken.class);
    /** The demo's token: public, listed in the README. */
    static final String SECRET = "oat_DEMO-broker-D3M-for-the-demo-profile-only-1";
    static final String FILER_CODE = "D3M";

    private final ApiTokens tokens;
    private final Identifiers identifiers;
    private final SubAccounts subAccounts;
    private final UserDirectory directory;
    private final Clock clock;

    DemoApiToken(ApiTokens tokens, Identifiers identifiers, SubAccounts subAccounts, UserDirectory directory,
                 Clock clock) {
        this.tokens = tokens;
        this.identifiers = identifiers;
        this.subAccounts = subAccounts;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        ApiTokenSecret secret = ApiTokenSecret.parse(SECRET).orElseThrow();
        if (tokens.byDigest(secret.digest()).isPresent()) {
            return;
        }
        Identifier filer = identifiers.findByValue(TradeIdentifier.parse(IdentifierKind.FILER_CODE, FILER_CODE)
                .orElseThrow()).orElseThrow(() -> new IllegalStateException("The demo broker is missing"));
        var sub = subAccounts.find(filer.subAccountId()).orElseThrow();
        var owner = directory.findByUsername(new Username("broker.demo"))
                .orElseThrow(() -> new IllegalStateException("The demo user broker.demo is missing"));
        Instant now = clock.instant();
        tokens.insert(UUID.randomUUID(), sub.accountId(),
                new ApiTokens.FilerSubAccount(sub.id(), sub.name(), FILER_CODE), "Demo filing software", secret,
                owner.id(), now, now.plus(Duration.ofDays(IssueApiToken.MAX_DAYS)));
        log.info("Demo API token created for filer code {} (see the README)", FILER_CODE);
    }
}
