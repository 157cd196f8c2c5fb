package org.openace.account.core;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.AccountOpening;
import org.openace.account.AccountRole;
import org.openace.account.Address;
import org.openace.account.BusinessActivity;
import org.openace.account.IdentifierKind;
import org.openace.account.TradeIdentifier;
import org.openace.identity.UserDirectory;
import org.openace.identity.UserSummary;
import org.openace.identity.Username;
import org.openace.privacy.TaxIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo accounts of the demo profile (listed in the README): an importer owned by {@code trade.demo}, a customs
 * broker owned by {@code broker.demo} with {@code clerk.demo} as a user, and the importer's grant to the broker
 * (entries and reviews, view) passed on to the clerk. Created once, after the demo users.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("openace.demo.seed")
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    /** Demo identifiers (fictitious: a customs-assigned form for the importer, so no real EIN is implied). */
    static final String IMPORTER_NUMBER = "262704-DEMO1";
    static final String BROKER_NUMBER = "262704-DEMO2";
    static final String FILER_CODE = "D3M";

    private final OpenTradeAccount open;
    private final TradeAccounts accounts;
    private final Memberships memberships;
    private final UserDirectory directory;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoAccounts(OpenTradeAccount open, TradeAccounts accounts, Memberships memberships, UserDirectory directory,
                 JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.open = open;
        this.accounts = accounts;
        this.memberships = memberships;
        this.directory = directory;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        TaxIdentifier importerTax = TaxIdentifier.parse(TaxIdentifier.Kind.CBP_ASSIGNED, IMPORTER_NUMBER).orElseThrow();
        if (accounts.existsWithTaxIdentifier(importerTax)) {
            return;
        }
        UserSummary importerOwner = user("trade.demo");
        UserSummary brokerOwner = user("broker.demo");
        UserSummary clerk = user("clerk.demo");
        transaction.executeWithoutResult(status -> {
            OpenTradeAccount.Opened importer = open.open(new AccountOpening(new AccountOpening.Company(
                    "Whitford Home Goods LLC", "Whitford", new Address("410 Commerce Drive", "Savannah", "GA", "31401", "US"),
                    "+1 912 555 0142", importerTax, null), AccountOpening.Owner.existing(importerOwner.id()),
                    List.of(new AccountOpening.NewSubAccount(BusinessActivity.IMPORTER, "Home goods imports",
                            List.of(TradeIdentifier.parse(IdentifierKind.IMPORTER_NUMBER, IMPORTER_NUMBER).orElseThrow()))),
                    List.of(new AccountOpening.NewContact("COMPANY_OFFICER", "Tess Whitford", "President",
                            "trade.demo@openace.example", "+1 912 555 0142"))));
            OpenTradeAccount.Opened broker = open.open(new AccountOpening(new AccountOpening.Company(
                    "Castellanos Customs Brokerage Inc.", null, new Address("88 Port Street", "Savannah", "GA", "31401", "US"),
                    "+1 912 555 0177", TaxIdentifier.parse(TaxIdentifier.Kind.CBP_ASSIGNED, BROKER_NUMBER).orElseThrow(), null),
                    AccountOpening.Owner.existing(brokerOwner.id()),
                    List.of(new AccountOpening.NewSubAccount(BusinessActivity.BROKER, "Customs brokerage",
                            List.of(TradeIdentifier.parse(IdentifierKind.FILER_CODE, FILER_CODE).orElseThrow()))),
                    List.of()));
            memberships.add(broker.account().id(), clerk.id(), AccountRole.USER, Membership.Status.ACTIVE, brokerOwner.id());
            LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
            java.util.UUID grant = java.util.UUID.randomUUID();
            jdbc.sql("""
                    insert into cross_account_grant (id, grantor_account_id, grantee_account_id, status, initiated_by,
                        starts_on, ends_on, requested_by, requested_at, decided_by, decided_at)
                    values (?, ?, ?, 'ACTIVE', 'GRANTOR', ?, ?, ?, now(), ?, now())
                    """).param(grant).param(importer.account().id().value()).param(broker.account().id().value())
                    .param(Date.valueOf(today)).param(Date.valueOf(today.plusYears(1))).param(importerOwner.id().value())
                    .param(brokerOwner.id().value()).update();
            for (AccountFunction function : List.of(AccountFunction.ENTRIES, AccountFunction.REVIEWS)) {
                jdbc.sql("insert into cross_account_grant_scope (grant_id, sub_account_id, function, level) values (?, ?, ?, ?)")
                        .param(grant).param(importer.subAccounts().getFirst().id().value()).param(function.name())
                        .param(AccessLevel.VIEW.name()).update();
                jdbc.sql("""
                        insert into grant_delegation (id, grant_id, user_id, sub_account_id, function, level, granted_by, granted_at)
                        values (gen_random_uuid(), ?, ?, ?, ?, 'VIEW', ?, now())
                        """).param(grant).param(clerk.id().value()).param(importer.subAccounts().getFirst().id().value())
                        .param(function.name()).param(brokerOwner.id().value()).update();
            }
            log.info("Demo accounts created: {} and {}", importer.account().number(), broker.account().number());
        });
    }

    private UserSummary user(String username) {
        return directory.findByUsername(new Username(username))
                .orElseThrow(() -> new IllegalStateException("The demo user " + username + " is missing"));
    }
}
