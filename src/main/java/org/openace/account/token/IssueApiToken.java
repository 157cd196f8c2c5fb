package org.openace.account.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccountId;
import org.openace.account.core.AccountAudit;
import org.openace.account.core.AccountChangeRefusedException;
import org.openace.account.core.FieldProblem;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.platform.ClientAddress;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An owner or proxy owner issues an API token for one of the account's filer-type sub-accounts (broker or filer,
 * active, with a filer code), with a name and an expiry of 1 to 365 days (90 by default). The secret is returned
 * once, to be shown once; only its digest is stored. Audited.
 */
@Component
class IssueApiToken {

    static final int DEFAULT_DAYS = 90;
    static final int MAX_DAYS = 365;
    static final int MAX_NAME = 100;

    /** A token just issued: the secret, to show once. */
    record Issued(UUID id, String name, String filerCode, Instant expiresAt, String secret) {
    }

    private final ApiTokens tokens;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    IssueApiToken(ApiTokens tokens, AuditTrail audit, TransactionTemplate transaction, Clock clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    Issued issue(CurrentUser owner, AccountId account, @Nullable String subAccountId, @Nullable String name,
                 @Nullable String days) {
        List<FieldProblem> problems = new ArrayList<>();
        ApiTokens.FilerSubAccount sub = tokens.filerSubAccounts(account).stream()
                .filter(s -> s.id().toString().equals(subAccountId)).findFirst().orElse(null);
        if (sub == null) {
            problems.add(new FieldProblem("subAccountId", "Choose the broker or filer sub-account the token files for."));
        }
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            problems.add(new FieldProblem("name", "Enter a name of 1 to " + MAX_NAME
                    + " characters, such as the program that uses the token."));
        }
        int validDays = days(days);
        if (validDays == 0) {
            problems.add(new FieldProblem("days", "Enter a number of days from 1 to " + MAX_DAYS + "."));
        }
        if (!problems.isEmpty()) {
            throw AccountChangeRefusedException.invalid(problems);
        }
        ApiTokenSecret secret = ApiTokenSecret.random();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(Duration.ofDays(validDays));
        transaction.executeWithoutResult(status -> {
            tokens.insert(id, account, sub, trimmed, secret, owner.id(), now, expiresAt);
            audit.record(AccountAudit.done("API_TOKEN_ISSUED", owner, "API_TOKEN", id, account)
                    .detail("subAccount", sub.id()).detail("filerCode", sub.filerCode())
                    .detail("expiresAt", expiresAt).from(ClientAddress.current()));
        });
        return new Issued(id, trimmed, sub.filerCode(), expiresAt, secret.reveal());
    }

    /** The days typed, or 0 when they are not a number from 1 to 365; empty means the default. */
    private static int days(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return DEFAULT_DAYS;
        }
        try {
            int days = Integer.parseInt(typed.strip());
            return days >= 1 && days <= MAX_DAYS ? days : 0;
        }
        catch (NumberFormatException e) {
            return 0;
        }
    }
}
