package org.openace.site;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.AccountRole;
import org.openace.account.BusinessActivity;
import org.openace.account.core.Membership;
import org.openace.account.core.Memberships;
import org.openace.account.core.OpenTradeAccount;
import org.openace.account.grant.CrossAccountGrant;
import org.openace.account.grant.CrossAccountGrants;
import org.openace.account.grant.GrantScope;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page is each user's list of what waits for them now, gathered from every module that has work for them,
 * each item with its count and a link; and it names the roles they hold, an owner as the owner of their account.
 */
@PortalTest
class HomePageIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    CrossAccountGrants grants;
    @Autowired
    Memberships memberships;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private CrossAccountGrant start(OpenTradeAccount.Opened importer, OpenTradeAccount.Opened broker,
                                    CrossAccountGrant.Side by) {
        GrantScope scope = new GrantScope(importer.subAccounts().getFirst().id(), AccountFunction.ENTRIES,
                AccessLevel.VIEW);
        return transaction.execute(status -> {
            CrossAccountGrant grant = CrossAccountGrant.start(importer.account().id(), broker.account().id(), by,
                    accounts.today(), accounts.today().plusDays(30), List.of(scope),
                    (by == CrossAccountGrant.Side.GRANTOR ? importer : broker).owner().id(), clock.instant(),
                    accounts.today());
            grants.insert(grant);
            return grant;
        });
    }

    private static String waiting(PortalClient.Page home) {
        int start = home.body().indexOf("id=\"waiting-heading\"");
        int end = home.body().indexOf("</section>", start);
        return home.body().substring(start, end);
    }

    @Test
    void aBrokersOwnerIsToldOfAnAccessOfferWaitingForItsAnswer() {
        PortalUser importerOwner = users.create("homeimp", Role.TRADE);
        PortalUser brokerOwner = users.create("homebrk", Role.TRADE);
        OpenTradeAccount.Opened importer = accounts.importer(importerOwner);
        OpenTradeAccount.Opened broker = accounts.broker(brokerOwner);
        start(importer, broker, CrossAccountGrant.Side.GRANTOR);

        PortalClient.Page home = PortalClient.signedIn(mvc, brokerOwner).get("/");

        assertThat(waiting(home)).contains("1 access offer waits for the answer of " + broker.account().legalName())
                .contains("href=\"/accounts/" + broker.account().id() + "/grants\"");
        assertThat(waiting(PortalClient.signedIn(mvc, importerOwner).get("/")))
                .as("the side that made the offer waits for nothing").contains("Nothing is waiting for you now.");
    }

    @Test
    void anImportersOwnerIsToldOfAccessRequestsWaitingWithTheirCount() {
        PortalUser importerOwner = users.create("homeimq", Role.TRADE);
        OpenTradeAccount.Opened importer = accounts.importer(importerOwner);
        start(importer, accounts.broker(users.create("homebrq", Role.TRADE)), CrossAccountGrant.Side.GRANTEE);
        start(importer, accounts.broker(users.create("homebrr", Role.TRADE)), CrossAccountGrant.Side.GRANTEE);

        PortalClient.Page home = PortalClient.signedIn(mvc, importerOwner).get("/");

        assertThat(waiting(home)).contains("2 access requests wait for the answer of " + importer.account().legalName())
                .contains("href=\"/accounts/" + importer.account().id() + "/grants\"");
    }

    @Test
    void aUserOfTheAccountWhoIsNotItsOwnerIsNotAskedToAnswer() {
        PortalUser importerOwner = users.create("homeimu", Role.TRADE);
        PortalUser clerk = users.create("homeclerk", Role.TRADE);
        OpenTradeAccount.Opened importer = accounts.importer(importerOwner);
        accounts.member(importer, clerk, AccountRole.USER);
        start(importer, accounts.broker(users.create("homebrs", Role.TRADE)), CrossAccountGrant.Side.GRANTEE);

        PortalClient.Page home = PortalClient.signedIn(mvc, clerk).get("/");

        assertThat(waiting(home)).contains("Nothing is waiting for you now.");
        assertThat(home.body()).contains("User of " + importer.account().legalName());
    }

    @Test
    void aUserWithAnOpenInvitationSeesItWaiting() {
        PortalUser owner = users.create("homeinvo", Role.TRADE);
        PortalUser invited = users.create("homeinvu", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.importer(owner);
        memberships.add(account.account().id(), invited.id(), AccountRole.USER, Membership.Status.INVITED, owner.id());

        PortalClient.Page home = PortalClient.signedIn(mvc, invited).get("/");

        assertThat(waiting(home)).contains("1 invitation to a trade account waits for your answer")
                .contains("href=\"/accounts\"");
    }

    @Test
    void anOfficerSeesTheSubAccountsAndApplicationsWaitingForReview() {
        accounts.pendingSubAccount(accounts.importer(users.create("homesubo", Role.TRADE)), BusinessActivity.CARRIER);
        PortalClient officer = PortalClient.signedIn(mvc, users.create("homeoff", Role.OFFICER));
        long pending = jdbc.sql("select count(*) from sub_account where status = 'PENDING_APPROVAL'")
                .query(Long.class).single();
        long submitted = jdbc.sql("select count(*) from account_application where status = 'SUBMITTED'")
                .query(Long.class).single();

        String waiting = waiting(officer.get("/"));

        assertThat(waiting).contains(pending == 1 ? "1 sub-account waits for approval"
                : pending + " sub-accounts wait for approval").contains("href=\"/officer/sub-accounts\"");
        if (submitted > 0) {
            assertThat(waiting).contains("href=\"/officer/applications\"").contains(submitted == 1
                    ? "1 application for a trade account waits" : submitted + " applications for a trade account wait");
        }
        else {
            assertThat(waiting).doesNotContain("/officer/applications");
        }
    }

    @Test
    void aTradeUserIsNotShownTheOfficersOrAdministratorsWork() {
        accounts.pendingSubAccount(accounts.importer(users.create("homesubt", Role.TRADE)), BusinessActivity.CARRIER);
        PortalUser trade = users.create("homeplain", Role.TRADE);

        PortalClient.Page home = PortalClient.signedIn(mvc, trade).get("/");

        assertThat(waiting(home)).contains("Nothing is waiting for you now.").doesNotContain("/officer/")
                .doesNotContain("/admin/");
        assertThat(home.body()).contains("Trade user");
    }

    @Test
    void anAdministratorSeesTheUsersLockedOutNow() {
        PortalUser locked = users.create("homelocked", Role.TRADE);
        jdbc.sql("update app_user set locked_until = ? where id = ?")
                .param(Timestamp.from(clock.instant().plus(Duration.ofMinutes(30)))).param(locked.id().value()).update();
        long count = jdbc.sql("select count(*) from app_user where status = 'ACTIVE' and locked_until > ?")
                .param(Timestamp.from(clock.instant())).query(Long.class).single();

        String waiting = waiting(PortalClient.signedIn(mvc, users.create("homeadm", Role.ADMINISTRATOR)).get("/"));

        assertThat(waiting).contains(count == 1 ? "1 user is locked out now" : count + " users are locked out now")
                .contains("href=\"/admin/users?locked=yes\"");
    }

    @Test
    void anOwnerIsCalledTheOwnerOfTheirAccountNotATradeUser() {
        PortalUser owner = users.create("homeowner", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.importer(owner);

        PortalClient.Page home = PortalClient.signedIn(mvc, owner).get("/");

        assertThat(home.body()).contains("Owner of " + account.account().legalName()).doesNotContain("Trade user");
    }
}
