package org.openace.test;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Test beans: the movable clock and the helpers that make users. */
@org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
public class TestConfiguration {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }

    @Bean
    TestAccounts testAccounts(org.openace.account.core.OpenTradeAccount open,
                              org.openace.account.core.SubAccounts subAccounts,
                              org.openace.account.core.Memberships memberships,
                              org.openace.account.core.Rights rights,
                              org.openace.account.grant.CrossAccountGrants grants,
                              org.springframework.transaction.support.TransactionTemplate transaction,
                              java.time.Clock clock) {
        return new TestAccounts(open, subAccounts, memberships, rights, grants, transaction, clock);
    }

    @Bean
    TestUsers testUsers(org.openace.identity.user.UserRegistration registration,
                        org.openace.identity.password.NewPassword newPassword,
                        org.openace.identity.user.PortalUsers users,
                        org.springframework.transaction.support.TransactionTemplate transaction) {
        return new TestUsers(registration, newPassword, users, transaction);
    }
}
