package org.openace.account;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openace.account.core.Identifier;
import org.openace.account.core.Identifiers;
import org.openace.account.core.OpenTradeAccount;
import org.openace.account.core.SubAccount;
import org.openace.account.grant.ClientGroups;
import org.openace.account.grant.CrossAccountGrant;
import org.openace.account.grant.GrantScope;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestClock;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openace.account.AccessLevel.EDIT;
import static org.openace.account.AccessLevel.VIEW;
import static org.openace.account.AccountFunction.ENTRIES;
import static org.openace.account.AccountFunction.PAYMENTS;
import static org.openace.account.AccountFunction.REVIEWS;
import static org.openace.account.AccountFunction.USERS;

/** A4/A5: the one authorization service, decision by decision, against the database. */
@PortalTest
class AccessControlIntegrationTests {

    @Autowired
    AccessControl access;
    @Autowired
    TestUsers users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    Identifiers identifiers;
    @Autowired
    ClientGroups groups;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private boolean may(PortalUser user, AccountFunction function, AccessLevel level, SubAccount sub) {
        return access.may(user.id(), function, level, DataRef.of(sub.id()));
    }

    private static SubAccount first(OpenTradeAccount.Opened account) {
        return account.subAccounts().getFirst();
    }

    @Test
    void ownersAndProxyOwnersMayEverythingInTheirAccountAndNothingElsewhere() {
        PortalUser owner = users.create("acowner", Role.TRADE);
        PortalUser proxy = users.create("acproxy", Role.TRADE);
        PortalUser stranger = users.create("acstranger", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.importer(owner);
        OpenTradeAccount.Opened other = accounts.importer(stranger);
        accounts.member(account, proxy, AccountRole.PROXY_OWNER);

        for (AccountFunction function : AccountFunction.values()) {
            assertThat(may(owner, function, EDIT, first(account))).isTrue();
            assertThat(may(proxy, function, EDIT, first(account))).isTrue();
            assertThat(may(owner, function, VIEW, first(other))).isFalse();
            assertThat(may(stranger, function, VIEW, first(account))).isFalse();
        }
    }

    @Test
    void aUserMayExactlyWhatTheirRightsSay() {
        PortalUser owner = users.create("rowner", Role.TRADE);
        PortalUser clerk = users.create("rclerk", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.importerWithTwoDivisions(owner);
        SubAccount east = account.subAccounts().get(0);
        SubAccount west = account.subAccounts().get(1);
        accounts.member(account, clerk, AccountRole.USER);
        assertThat(may(clerk, ENTRIES, VIEW, east)).as("a member without rights").isFalse();

        accounts.right(account, clerk, east, ENTRIES, VIEW);

        assertThat(may(clerk, ENTRIES, VIEW, east)).isTrue();
        assertThat(may(clerk, ENTRIES, EDIT, east)).isFalse();
        assertThat(may(clerk, ENTRIES, VIEW, west)).isFalse();
        assertThat(may(clerk, REVIEWS, VIEW, east)).isFalse();
        assertThat(may(clerk, USERS, VIEW, east)).isFalse();
        assertThat(access.mayOnAccount(clerk.id(), ENTRIES, VIEW, account.account().id())).isTrue();
        assertThat(access.mayOnAccount(clerk.id(), PAYMENTS, VIEW, account.account().id())).isFalse();
    }

    @Test
    void rightsNarrowedByImporterNumberAndPortReachOnlyThatData() {
        PortalUser owner = users.create("nowner", Role.TRADE);
        PortalUser clerk = users.create("nclerk", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.importer(owner);
        SubAccount imports = first(account);
        Identifier importer = identifiers.ofSubAccount(imports.id()).getFirst();
        UUID otherImporter = UUID.randomUUID();
        accounts.member(account, clerk, AccountRole.USER);
        accounts.right(account, clerk, imports, ENTRIES, VIEW, importer.id(), null, new PortCode("2704"));

        assertThat(access.may(clerk.id(), ENTRIES, VIEW, new DataRef(imports.id(), importer.id(), null, new PortCode("2704"))))
                .isTrue();
        assertThat(access.may(clerk.id(), ENTRIES, VIEW, new DataRef(imports.id(), importer.id(), null, new PortCode("1001"))))
                .as("another port").isFalse();
        assertThat(access.may(clerk.id(), ENTRIES, VIEW, new DataRef(imports.id(), otherImporter, null, new PortCode("2704"))))
                .as("another importer number").isFalse();
    }

    @Test
    void port9900MeansEveryPort() {
        PortalUser owner = users.create("powner", Role.TRADE);
        PortalUser clerk = users.create("pclerk", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.importer(owner);
        accounts.member(account, clerk, AccountRole.USER);
        accounts.right(account, clerk, first(account), ENTRIES, EDIT, null, null, PortCode.ALL_PORTS);

        assertThat(access.may(clerk.id(), ENTRIES, EDIT, new DataRef(first(account).id(), null, null, new PortCode("5301"))))
                .isTrue();
    }

    @Test
    void aGrantOpensExactlyTheGrantedSubAccountsFunctionsAndLevelToTheGranteesOwner() {
        PortalUser importerOwner = users.create("gimporter", Role.TRADE);
        PortalUser brokerOwner = users.create("gbroker", Role.TRADE);
        OpenTradeAccount.Opened importer = accounts.importerWithTwoDivisions(importerOwner);
        OpenTradeAccount.Opened broker = accounts.broker(brokerOwner);
        SubAccount east = importer.subAccounts().get(0);
        SubAccount west = importer.subAccounts().get(1);

        accounts.grant(importer, broker, new GrantScope(east.id(), ENTRIES, VIEW));

        assertThat(may(brokerOwner, ENTRIES, VIEW, east)).isTrue();
        assertThat(may(brokerOwner, ENTRIES, EDIT, east)).isFalse();
        assertThat(may(brokerOwner, PAYMENTS, VIEW, east)).isFalse();
        assertThat(may(brokerOwner, ENTRIES, VIEW, west)).as("ungranted sub-account").isFalse();
        assertThat(may(brokerOwner, USERS, VIEW, east)).isFalse();
    }

    @Test
    void grantsThatArePendingRevokedExpiredOrNotStartedOpenNothing() {
        PortalUser importerOwner = users.create("timporter", Role.TRADE);
        PortalUser brokerOwner = users.create("tbroker", Role.TRADE);
        OpenTradeAccount.Opened importer = accounts.importer(importerOwner);
        OpenTradeAccount.Opened broker = accounts.broker(brokerOwner);
        SubAccount sub = first(importer);

        CrossAccountGrant future = accounts.grant(importer, broker, accounts.today().plusDays(2),
                accounts.today().plusDays(9), new GrantScope(sub.id(), ENTRIES, VIEW));
        assertThat(may(brokerOwner, ENTRIES, VIEW, sub)).as("before its start").isFalse();
        clock.advance(Duration.ofDays(2));
        assertThat(may(brokerOwner, ENTRIES, VIEW, sub)).as("from its start").isTrue();
        clock.advance(Duration.ofDays(8));
        assertThat(may(brokerOwner, ENTRIES, VIEW, sub)).as("after its end").isFalse();
        clock.reset();

        CrossAccountGrant current = accounts.grant(importer, broker, new GrantScope(sub.id(), REVIEWS, EDIT));
        assertThat(may(brokerOwner, REVIEWS, EDIT, sub)).isTrue();
        accounts.revoke(current, importerOwner.id());
        assertThat(may(brokerOwner, REVIEWS, EDIT, sub)).as("revoked: on the very next decision").isFalse();
        assertThat(future.id()).isNotNull();
    }

    @Test
    void granteeUsersReachOnlyWhatTheirOwnerPassedOnAndNeverMoreThanTheGrant() {
        PortalUser importerOwner = users.create("dimporter", Role.TRADE);
        PortalUser brokerOwner = users.create("dbroker", Role.TRADE);
        PortalUser brokerClerk = users.create("dclerk", Role.TRADE);
        PortalUser otherClerk = users.create("dother", Role.TRADE);
        OpenTradeAccount.Opened importer = accounts.importer(importerOwner);
        OpenTradeAccount.Opened broker = accounts.broker(brokerOwner);
        accounts.member(broker, brokerClerk, AccountRole.USER);
        accounts.member(broker, otherClerk, AccountRole.USER);
        SubAccount sub = first(importer);
        CrossAccountGrant grant = accounts.grant(importer, broker, new GrantScope(sub.id(), ENTRIES, VIEW));

        accounts.delegate(grant, brokerClerk, sub, ENTRIES, EDIT, brokerOwner.id());

        assertThat(may(brokerClerk, ENTRIES, VIEW, sub)).isTrue();
        assertThat(may(brokerClerk, ENTRIES, EDIT, sub)).as("never more than the grant").isFalse();
        assertThat(may(otherClerk, ENTRIES, VIEW, sub)).as("no delegation").isFalse();
    }

    @Test
    void clientGroupsGiveTheirUsersTheGrantedDataOfTheGroupsClientsOnly() {
        PortalUser firstImporterOwner = users.create("cg1", Role.TRADE);
        PortalUser secondImporterOwner = users.create("cg2", Role.TRADE);
        PortalUser brokerOwner = users.create("cgbroker", Role.TRADE);
        PortalUser teamMember = users.create("cgteam", Role.TRADE);
        OpenTradeAccount.Opened first = accounts.importer(firstImporterOwner);
        OpenTradeAccount.Opened second = accounts.importer(secondImporterOwner);
        OpenTradeAccount.Opened broker = accounts.broker(brokerOwner);
        accounts.member(broker, teamMember, AccountRole.USER);
        accounts.grant(first, broker, new GrantScope(first(first).id(), ENTRIES, EDIT));
        accounts.grant(second, broker, new GrantScope(first(second).id(), ENTRIES, EDIT));
        ClientGroups.ClientGroup team = groups.create(broker.account().id(), "East coast " + UUID.randomUUID()).orElseThrow();
        groups.addClient(team.id(), first.account().id());

        groups.assign(team.id(), teamMember.id(), ENTRIES, VIEW);

        assertThat(may(teamMember, ENTRIES, VIEW, first(first))).isTrue();
        assertThat(may(teamMember, ENTRIES, EDIT, first(first))).as("the assignment's level").isFalse();
        assertThat(may(teamMember, ENTRIES, VIEW, first(second))).as("a client outside the group").isFalse();
    }

    @Test
    void removedMembersSuspendedAccountsAndPendingSubAccountsOpenNothing() {
        PortalUser owner = users.create("sowner", Role.TRADE);
        PortalUser clerk = users.create("sclerk", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.importer(owner);
        accounts.member(account, clerk, AccountRole.USER);
        accounts.right(account, clerk, first(account), ENTRIES, VIEW);
        SubAccount pending = accounts.pendingSubAccount(account, BusinessActivity.BROKER);
        assertThat(may(owner, ENTRIES, VIEW, pending)).isFalse();

        jdbc.sql("update account_membership set status = 'REMOVED' where user_id = ?").param(clerk.id().value()).update();
        assertThat(may(clerk, ENTRIES, VIEW, first(account))).isFalse();

        jdbc.sql("update trade_account set status = 'SUSPENDED' where id = ?").param(account.account().id().value()).update();
        assertThat(may(owner, ENTRIES, VIEW, first(account))).isFalse();
    }

    /** V5_9_8: the grants' reach is kept by triggers; each change that could alter it is seen on the next decision. */
    @Test
    void aGrantsReachFollowsSuspensionsReinstatementsScopeChangesAndRevocation() {
        PortalUser importerOwner = users.create("rimporter", Role.TRADE);
        PortalUser brokerOwner = users.create("rbroker", Role.TRADE);
        PortalUser grouped = users.create("rgrouped", Role.TRADE);
        OpenTradeAccount.Opened importer = accounts.importerWithTwoDivisions(importerOwner);
        OpenTradeAccount.Opened broker = accounts.broker(brokerOwner);
        accounts.member(broker, grouped, AccountRole.USER);
        SubAccount east = importer.subAccounts().get(0);
        SubAccount west = importer.subAccounts().get(1);
        CrossAccountGrant grant = accounts.grant(importer, broker, new GrantScope(east.id(), ENTRIES, VIEW));
        ClientGroups.ClientGroup group = groups.create(broker.account().id(), "Reach").orElseThrow();
        groups.addClient(group.id(), importer.account().id());
        groups.assign(group.id(), grouped.id(), ENTRIES, VIEW);
        assertThat(may(brokerOwner, ENTRIES, VIEW, east)).isTrue();
        assertThat(may(grouped, ENTRIES, VIEW, east)).isTrue();

        jdbc.sql("update trade_account set status = 'SUSPENDED' where id = ?").param(importer.account().id().value())
                .update();
        assertThat(may(brokerOwner, ENTRIES, VIEW, east)).as("grantor suspended").isFalse();
        assertThat(may(grouped, ENTRIES, VIEW, east)).as("grantor suspended, through the group").isFalse();
        jdbc.sql("update trade_account set status = 'ACTIVE' where id = ?").param(importer.account().id().value())
                .update();
        assertThat(may(brokerOwner, ENTRIES, VIEW, east)).as("grantor reinstated").isTrue();

        jdbc.sql("update sub_account set status = 'CLOSED' where id = ?").param(east.id().value()).update();
        assertThat(may(brokerOwner, ENTRIES, VIEW, east)).as("sub-account closed").isFalse();
        jdbc.sql("update sub_account set status = 'ACTIVE' where id = ?").param(east.id().value()).update();
        assertThat(may(brokerOwner, ENTRIES, VIEW, east)).as("sub-account reopened").isTrue();

        jdbc.sql("update cross_account_grant_scope set level = 'EDIT' where grant_id = ?").param(grant.id())
                .update();
        assertThat(may(brokerOwner, ENTRIES, EDIT, east)).as("scope raised to edit").isTrue();
        jdbc.sql("insert into cross_account_grant_scope (grant_id, sub_account_id, function, level) "
                + "values (?, ?, 'ENTRIES', 'VIEW')").param(grant.id()).param(west.id().value()).update();
        assertThat(may(brokerOwner, ENTRIES, VIEW, west)).as("scope widened").isTrue();
        jdbc.sql("delete from cross_account_grant_scope where grant_id = ? and sub_account_id = ?")
                .param(grant.id()).param(west.id().value()).update();
        assertThat(may(brokerOwner, ENTRIES, VIEW, west)).as("scope narrowed").isFalse();

        accounts.revoke(grant, importerOwner.id());
        assertThat(may(brokerOwner, ENTRIES, VIEW, east)).as("revoked").isFalse();
        assertThat(may(grouped, ENTRIES, VIEW, east)).as("revoked, through the group").isFalse();
        assertThat(jdbc.sql("select count(*) from grant_reach where grant_id = ?").param(grant.id())
                .query(Long.class).single()).as("nothing left of a revoked grant").isZero();
    }

    @Test
    void aUsersAccountsAreThoseTheyAreAnActiveMemberOfWhileTheAccountIsActive() {
        PortalUser owner = users.create("aoowner", Role.TRADE);
        PortalUser clerk = users.create("aoclerk", Role.TRADE);
        OpenTradeAccount.Opened first = accounts.importer(owner);
        OpenTradeAccount.Opened second = accounts.broker(users.create("aoother", Role.TRADE));
        accounts.member(first, clerk, AccountRole.USER);
        accounts.member(second, clerk, AccountRole.PROXY_OWNER);
        assertThat(access.accountsOf(clerk.id())).containsExactlyInAnyOrder(first.account().id(),
                second.account().id());
        assertThat(access.accountsOf(owner.id())).containsExactly(first.account().id());

        jdbc.sql("update account_membership set status = 'REMOVED' where user_id = ? and account_id = ?")
                .param(clerk.id().value()).param(first.account().id().value()).update();
        jdbc.sql("update trade_account set status = 'SUSPENDED' where id = ?").param(second.account().id().value())
                .update();
        assertThat(access.accountsOf(clerk.id())).isEmpty();
    }

    @Test
    void scopeNarrowsAListInsideTheQuery() {
        PortalUser importerOwner = users.create("limporter", Role.TRADE);
        PortalUser brokerOwner = users.create("lbroker", Role.TRADE);
        OpenTradeAccount.Opened importer = accounts.importerWithTwoDivisions(importerOwner);
        OpenTradeAccount.Opened broker = accounts.broker(brokerOwner);
        accounts.grant(importer, broker, new GrantScope(importer.subAccounts().get(1).id(), ENTRIES, VIEW));
        EntitledScope scope = access.scope(brokerOwner.id(), ENTRIES, VIEW);

        List<UUID> visible = jdbc.sql("select s.id from sub_account s join " + scope.table("e")
                        + " on e.sub_account_id = s.id where s.account_id in (:a, :b) order by s.id")
                .params(scope.parameters()).param("a", importer.account().id().value())
                .param("b", broker.account().id().value()).query(UUID.class).list();

        assertThat(visible).containsExactlyInAnyOrder(importer.subAccounts().get(1).id().value(),
                broker.subAccounts().getFirst().id().value());
    }
}
