package org.openace.account.access;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.openace.account.AccountId;
import org.openace.account.DataRef;
import org.openace.account.DataResolver;
import org.openace.account.DataTarget;
import org.openace.account.SubAccountId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The account module's kinds of data id: {@value #ACCOUNT} ({@code {accountId}}: the account as a whole) and
 * {@value #SUB_ACCOUNT} ({@code {subAccountId}}). Only the canonical 36-character form of an id names anything;
 * whether the account exists is the access decision's to find (it answers no for an account that does not).
 */
@Configuration(proxyBeanMethods = false)
class AccountDataResolvers {

    static final String ACCOUNT = "account";
    static final String SUB_ACCOUNT = "sub-account";

    private static final Pattern CANONICAL = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Bean
    DataResolver accountIds() {
        return new DataResolver() {
            @Override
            public String kind() {
                return ACCOUNT;
            }

            @Override
            public Optional<DataTarget> resolve(String id) {
                return uuid(id).map(uuid -> DataTarget.account(new AccountId(uuid)));
            }
        };
    }

    @Bean
    DataResolver subAccountIds() {
        return new DataResolver() {
            @Override
            public String kind() {
                return SUB_ACCOUNT;
            }

            @Override
            public Optional<DataTarget> resolve(String id) {
                return uuid(id).map(uuid -> DataTarget.anyOf(DataRef.of(new SubAccountId(uuid))));
            }
        };
    }

    private static Optional<UUID> uuid(String text) {
        return CANONICAL.matcher(text).matches() ? Optional.of(UUID.fromString(text)) : Optional.empty();
    }
}
