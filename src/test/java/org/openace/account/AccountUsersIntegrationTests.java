package org.openace.account;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openace.account.core.Membership;
import org.openace.account.core.Memberships;
import org.openace.account.core.OpenTradeAccount;
import org.openace.account.core.Rights;
import org.openace.account.core.SubAccount;
import org.openace.identity.Role;
import org.openace.identity.Username;
import org.openace.identity.user.PortalUser;
import org.openace.identity.user.PortalUsers;
import org.openace.identity.user.UserStatus;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestAccounts;
import org.openace.test.TestClock;
import org.openace.test.TestMailServer;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openace.account.AccessLevel.EDIT;
import static org.openace.account.AccessLevel.VIEW;
import static org.openace.account.AccountFunction.ENTRIES;
import static org.openace.account.AccountFunction.USERS;

/** A3, A4, A6: the users of an account, invitations, rights, removal and deactivation, through the pages. */
@PortalTest
class AccountUsersIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestClock clock;
    @Autowired
    Memberships memberships;
    @Autowired
    Rights rights;
    @Autowired
    PortalUsers portalUsers;
    @Autowired
    AccessControl access;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private PortalClient signedIn(PortalUser user) {
        return PortalClient.signedIn(mvc, user);
    }

    private static String id(OpenTradeAccount.Opened account) {
        return account.account().id().toString();
    }

    private static PortalClient.Page invite(PortalClient browser, OpenTradeAccount.Opened account,
                                            Map<String, String> fields, List<Forms.Row> rows) {
        browser.get("/accounts/" + id(account) + "/users/invite");
        return Forms.post(browser, "/accounts/" + id(account) + "/users/invite", fields, rows, false);
    }

    @Test
    void theOwnerInvitesANewPersonWhoSetsAPasswordSignsInAndReachesOnlyWhatTheirRightsAllow() {
        PortalUser owner = users.create("newowner", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.importerWithTwoDivisions(owner);
        SubAccount east = account.subAccounts().get(0);
        SubAccount west = account.subAccounts().get(1);
        PortalClient ownerBrowser = signedIn(owner);
        String username = "invitee." + System.nanoTime();
        String email = username + "@openace.test";

        PortalClient.Page invited = invite(ownerBrowser, account, Map.of("invitee", "NEW", "username", username,
                "displayName", "Nora Newhire", "email", email, "role", "USER"),
                List.of(Forms.Row.of(east, ENTRIES, VIEW),
                        new Forms.Row(west.id().toString(), "ENTRIES", "NONE", "", "", "")));

        assertThat(invited.status()).isEqualTo(200);
        assertThat(invited.path()).matches("/accounts/" + id(account) + "/users/[0-9a-f-]{36}");
        assertThat(invited.body()).contains("was created and added to the account");
        PortalUser newcomer = portalUsers.findByUsername(new Username(username)).orElseThrow();
        assertThat(newcomer.roles()).containsExactly(Role.TRADE);
        assertThat(memberships.find(account.account().id(), newcomer.id())).get()
                .extracting(Membership::status).isEqualTo(Membership.Status.ACTIVE);
        assertAudited("ACCOUNT_MEMBER_INVITED", owner, newcomer, id(account));

        MimeMessage welcome = TestMailServer.awaitMessage(email, 1);
        assertThat(TestMailServer.body(welcome)).contains("invited to the trade account of " + account.account().legalName());
        PortalClient newcomerBrowser = new PortalClient(mvc);
        newcomerBrowser.get(TestMailServer.linkPathIn(welcome));
        String password = "copper meadow lantern 8812";
        assertThat(newcomerBrowser.post("/reset-password", Map.of("password", password, "confirmation", password))
                .path()).startsWith("/sign-in");
        PortalClient signedIn = new PortalClient(mvc);
        signedIn.signIn(username, password, email);

        assertThat(signedIn.get("/accounts").body()).contains(account.account().legalName());
        PortalClient.Page overview = signedIn.get("/accounts/" + id(account));
        assertThat(overview.status()).isEqualTo(200);
        assertThat(overview.body()).contains("Your rights in this account", "Entries and filings");
        assertThat(signedIn.get("/accounts/" + id(account) + "/users").status()).isEqualTo(404);
        assertThat(access.may(newcomer.id(), ENTRIES, VIEW, DataRef.of(east.id()))).isTrue();
        assertThat(access.may(newcomer.id(), ENTRIES, EDIT, DataRef.of(east.id()))).isFalse();
        assertThat(access.may(newcomer.id(), ENTRIES, VIEW, DataRef.of(west.id()))).isFalse();
    }

    @Test
    void anExistingUserIsToldByEmailAndBecomesAMemberWhenTheyAccept() {
        PortalUser owner = users.create("exowner", Role.TRADE);
        PortalUser invitee = users.create("existing", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.importer(owner);
        int mailsBefore = TestMailServer.messagesTo(invitee.email().value()).size();

        PortalClient.Page invited = invite(signedIn(owner), account, Map.of("invitee", "EXISTING",
                "username", invitee.username().value(), "role", "USER"),
                List.of(Forms.Row.of(account.subAccounts().getFirst(), ENTRIES, EDIT)));

        assertThat(invited.body()).contains("was invited", "They are told by e-mail");
        MimeMessage mail = TestMailServer.awaitMessage(invitee.email().value(), mailsBefore + 1);
        assertThat(TestMailServer.subject(mail)).isEqualTo("You are invited to a trade account on OpenACE");
        assertThat(TestMailServer.body(mail)).contains(account.account().number(), "/accounts");
        PortalClient inviteeBrowser = signedIn(invitee);
        assertThat(inviteeBrowser.get("/accounts/" + id(account)).status()).as("before accepting").isEqualTo(404);
        assertThat(access.may(invitee.id(), ENTRIES, VIEW, DataRef.of(account.subAccounts().getFirst().id())))
                .as("invited, not yet a member").isFalse();
        PortalClient.Page list = inviteeBrowser.get("/accounts");
        assertThat(list.body()).contains("Invitations", account.account().legalName());

        PortalClient.Page accepted = inviteeBrowser.post("/accounts/invitations/accept", Map.of("account", id(account)));

        assertThat(accepted.path()).isEqualTo("/accounts/" + id(account));
        assertThat(accepted.body()).contains("You are now a member");
        assertThat(access.may(invitee.id(), ENTRIES, EDIT, DataRef.of(account.subAccounts().getFirst().id()))).isTrue();
        assertThat(auditCount("ACCOUNT_INVITATION_ACCEPTED", "TRADE_ACCOUNT", id(account), "SUCCESS")).isEqualTo(1);
    }

    @Test
    void anInvitationCanBeAcceptedForSevenDaysThenOnlyDeclined() {
        PortalUser owner = users.create("expowner", Role.TRADE);
        PortalUser invitee = users.create("late", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.importer(owner);
        invite(signedIn(owner), account, Map.of("invitee", "EXISTING", "username", invitee.username().value(),
                "role", "USER"), List.of());
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        PortalClient inviteeBrowser = signedIn(invitee);
        assertThat(inviteeBrowser.get("/accounts").body()).contains("Expired");

        PortalClient.Page refused = inviteeBrowser.post("/accounts/invitations/accept", Map.of("account", id(account)));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("This invitation expired on", "Ask the account owner to invite you again");
        assertThat(memberships.find(account.account().id(), invitee.id())).get()
                .extracting(Membership::status).isEqualTo(Membership.Status.INVITED);
        assertThat(auditCount("ACCOUNT_INVITATION_ACCEPTED", "TRADE_ACCOUNT", id(account), "DENIED")).isEqualTo(1);

        PortalClient.Page declined = inviteeBrowser.post("/accounts/invitations/decline", Map.of("account", id(account)));

        assertThat(declined.body()).contains("The invitation was declined").doesNotContain("Expired");
        assertThat(memberships.find(account.account().id(), invitee.id())).get()
                .extracting(Membership::status).isEqualTo(Membership.Status.REMOVED);
        assertThat(inviteeBrowser.post("/accounts/invitations/accept", Map.of("account", id(account))).status())
                .as("nothing left to accept").isEqualTo(404);
    }

    @Test
    void aProxyOwnerInvitesUsersButNotProxyOwners() {
        PortalUser owner = users.create("pxowner", Role.TRADE);
        PortalUser proxy = users.create("pxproxy", Role.TRADE);
        PortalUser wanted = users.create("pxwanted", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.importer(owner);
        accounts.member(account, proxy, AccountRole.PROXY_OWNER);
        PortalClient proxyBrowser = signedIn(proxy);
        assertThat(proxyBrowser.get("/accounts/" + id(account) + "/users/invite").body())
                .as("the choice is not offered").doesNotContain("value=\"PROXY_OWNER\"");

        PortalClient.Page refused = invite(proxyBrowser, account, Map.of("invitee", "EXISTING",
                "username", wanted.username().value(), "role", "PROXY_OWNER"), List.of());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("Only the trade account owner can make proxy owners.");
        assertThat(memberships.find(account.account().id(), wanted.id())).isEmpty();

        PortalClient.Page done = invite(signedIn(owner), account, Map.of("invitee", "EXISTING",
                "username", wanted.username().value(), "role", "PROXY_OWNER"), List.of());
        assertThat(done.body()).contains("was invited");
        assertThat(memberships.find(account.account().id(), wanted.id())).get()
                .extracting(Membership::role).isEqualTo(AccountRole.PROXY_OWNER);
    }

    @Test
    void aChangeOfRightsCountsFromTheUsersNextRequest() {
        PortalUser owner = users.create("rtowner", Role.TRADE);
        PortalUser clerk = users.create("rtclerk", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.importer(owner);
        SubAccount sub = account.subAccounts().getFirst();
        accounts.member(account, clerk, AccountRole.USER);
        accounts.right(account, clerk, sub, ENTRIES, VIEW);
        PortalClient clerkBrowser = signedIn(clerk);
        PortalClient ownerBrowser = signedIn(owner);
        String users = "/accounts/" + id(account) + "/users";
        assertThat(clerkBrowser.get(users).status()).isEqualTo(404);

        ownerBrowser.get(users + "/" + clerk.id());
        PortalClient.Page saved = Forms.saveRights(ownerBrowser, id(account), clerk.id().toString(),
                List.of(Forms.Row.of(sub, ENTRIES, VIEW), Forms.Row.of(sub, USERS, VIEW)));

        assertThat(saved.body()).contains("The rights were saved: 2 rights.");
        assertThat(clerkBrowser.get(users).status()).as("the same session, the next request").isEqualTo(200);
        assertAudited("ACCOUNT_RIGHTS_CHANGED", owner, clerk, id(account));

        Forms.saveRights(ownerBrowser, id(account), clerk.id().toString(), List.of(Forms.Row.of(sub, ENTRIES, VIEW)));

        assertThat(clerkBrowser.get(users).status()).isEqualTo(404);
    }

    @Test
    void rightsAreNarrowedByImporterNumberAndPortAndBadRowsAreFieldErrors() {
        PortalUser owner = users.create("nrowner", Role.TRADE);
        PortalUser clerk = users.create("nrclerk", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.importer(owner);
        SubAccount sub = account.subAccounts().getFirst();
        accounts.member(account, clerk, AccountRole.USER);
        PortalClient ownerBrowser = signedIn(owner);
        PortalClient.Page page = ownerBrowser.get("/accounts/" + id(account) + "/users/" + clerk.id());
        String importer = PortalClient.all(page.body(), "<option value=\"([0-9a-f-]{36})\">\\*\\*-\\*\\*\\*\\*\\*").getFirst();

        PortalClient.Page bad = Forms.saveRights(ownerBrowser, id(account), clerk.id().toString(), List.of(
                new Forms.Row(sub.id().toString(), "ENTRIES", "VIEW", importer, "", "27")));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("Enter a port code of 4 digits");
        assertThat(rights.of(account.account().id(), clerk.id())).isEmpty();

        Forms.saveRights(ownerBrowser, id(account), clerk.id().toString(), List.of(
                new Forms.Row(sub.id().toString(), "ENTRIES", "VIEW", importer, "", "2704")));

        assertThat(rights.of(account.account().id(), clerk.id())).singleElement().satisfies(right -> {
            assertThat(right.importerIdentifierId()).hasToString(importer);
            assertThat(right.port()).isEqualTo(new PortCode("2704"));
        });
        assertThat(access.may(clerk.id(), ENTRIES, VIEW, new DataRef(sub.id(), java.util.UUID.fromString(importer),
                null, new PortCode("2704")))).isTrue();
        assertThat(access.may(clerk.id(), ENTRIES, VIEW, new DataRef(sub.id(), java.util.UUID.fromString(importer),
                null, new PortCode("1001")))).isFalse();
    }

    @Test
    void aUserManagerGivesOnlyRightsTheyHoldAndNeverChangesTheirOwn() {
        PortalUser owner = users.create("rmowner", Role.TRADE);
        PortalUser manager = users.create("rmmanager", Role.TRADE);
        PortalUser clerk = users.create("rmclerk", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.importer(owner);
        SubAccount sub = account.subAccounts().getFirst();
        accounts.member(account, manager, AccountRole.USER);
        accounts.member(account, clerk, AccountRole.USER);
        accounts.right(account, manager, sub, USERS, EDIT);
        accounts.right(account, manager, sub, ENTRIES, VIEW);
        PortalClient managerBrowser = signedIn(manager);
        assertThat(managerBrowser.get("/accounts/" + id(account) + "/users/invite").status()).isEqualTo(200);
        PortalClient.Page editor = managerBrowser.get("/accounts/" + id(account) + "/users/" + clerk.id());
        assertThat(editor.status()).isEqualTo(200);
        assertThat(editor.body()).as("the rows the manager may change, and the others shown as they are")
                .contains("Save the rights", "id=\"rights-0-level\"", "type=\"hidden\" name=\"level\" value=\"NONE\"");

        PortalClient.Page beyond = Forms.saveRights(managerBrowser, id(account), clerk.id().toString(),
                List.of(Forms.Row.of(sub, ENTRIES, EDIT)));

        assertThat(beyond.status()).isEqualTo(403);
        assertThat(beyond.body()).contains("You can only give or take rights that you hold yourself",
                "Entries and filings (edit) on Imports");
        assertThat(rights.of(account.account().id(), clerk.id())).isEmpty();
        assertThat(auditCount("ACCOUNT_RIGHTS_CHANGED", "USER", clerk.id().toString(), "DENIED")).isEqualTo(1);

        PortalClient.Page within = Forms.saveRights(managerBrowser, id(account), clerk.id().toString(),
                List.of(Forms.Row.of(sub, ENTRIES, VIEW)));
        assertThat(within.body()).contains("The rights were saved: 1 right.");

        managerBrowser.get("/accounts/" + id(account) + "/users/" + manager.id());
        PortalClient.Page self = Forms.saveRights(managerBrowser, id(account), manager.id().toString(),
                List.of(Forms.Row.of(sub, ENTRIES, VIEW), Forms.Row.of(sub, USERS, EDIT)));
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.body()).contains("You cannot change your own role, rights or user here.");
        assertThat(rights.of(account.account().id(), manager.id())).hasSize(2);

        PortalClient.Page ownerRights = Forms.saveRights(managerBrowser, id(account), owner.id().toString(),
                List.of(Forms.Row.of(sub, ENTRIES, VIEW)));
        assertThat(ownerRights.status()).as("owners have every right").isEqualTo(409);
    }

    @Test
    void onlyTheOwnerMakesProxyOwnersAndHandsOnTheOwnership() {
        PortalUser owner = users.create("roowner", Role.TRADE);
        PortalUser member = users.create("romember", Role.TRADE);
        PortalUser proxy = users.create("roproxy", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.importer(owner);
        accounts.member(account, member, AccountRole.USER);
        accounts.member(account, proxy, AccountRole.PROXY_OWNER);
        accounts.right(account, member, account.subAccounts().getFirst(), ENTRIES, VIEW);
        String memberPage = "/accounts/" + id(account) + "/users/" + member.id();

        PortalClient proxyBrowser = signedIn(proxy);
        proxyBrowser.get(memberPage);
        assertThat(proxyBrowser.post(memberPage + "/role", Map.of("role", "PROXY_OWNER")).status()).isEqualTo(404);

        PortalClient ownerBrowser = signedIn(owner);
        ownerBrowser.get(memberPage);
        PortalClient.Page promoted = ownerBrowser.post(memberPage + "/role", Map.of("role", "PROXY_OWNER"));

        assertThat(promoted.body()).contains("The role is now proxy trade account owner.");
        assertThat(memberships.find(account.account().id(), member.id())).get().extracting(Membership::role)
                .isEqualTo(AccountRole.PROXY_OWNER);
        assertThat(rights.of(account.account().id(), member.id())).as("a proxy owner has them all").isEmpty();
        assertAudited("ACCOUNT_ROLE_CHANGED", owner, member, id(account));

        ownerBrowser.get(memberPage);
        assertThat(ownerBrowser.post(memberPage + "/transfer-ownership", Map.of()).status())
                .as("without the confirmation").isEqualTo(400);
        PortalClient.Page handedOn = ownerBrowser.post(memberPage + "/transfer-ownership", Map.of("confirm", "yes"));

        assertThat(handedOn.body()).contains("You are now a proxy owner of this account.");
        assertThat(memberships.ownerOf(account.account().id())).contains(member.id());
        assertThat(memberships.find(account.account().id(), owner.id())).get().extracting(Membership::role)
                .isEqualTo(AccountRole.PROXY_OWNER);
    }

    @Test
    void removingAMemberEndsTheirRightsAndTheirSessionAtOnce() {
        PortalUser owner = users.create("rvowner", Role.TRADE);
        PortalUser clerk = users.create("rvclerk", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.importer(owner);
        accounts.member(account, clerk, AccountRole.USER);
        accounts.right(account, clerk, account.subAccounts().getFirst(), ENTRIES, VIEW);
        PortalClient clerkBrowser = signedIn(clerk);
        assertThat(clerkBrowser.get("/accounts/" + id(account)).status()).isEqualTo(200);
        PortalClient ownerBrowser = signedIn(owner);
        ownerBrowser.get("/accounts/" + id(account) + "/users/" + clerk.id());

        PortalClient.Page removed = ownerBrowser.post("/accounts/" + id(account) + "/users/" + clerk.id() + "/remove",
                Map.of());

        assertThat(removed.path()).isEqualTo("/accounts/" + id(account) + "/users");
        assertThat(removed.body()).contains("was removed from the account").doesNotContain(clerk.username().value());
        assertThat(clerkBrowser.get("/accounts/" + id(account)).path()).matches("/signed-out\\?reason=expired|/sign-in");
        assertThat(memberships.find(account.account().id(), clerk.id())).get().extracting(Membership::status)
                .isEqualTo(Membership.Status.REMOVED);
        assertThat(rights.of(account.account().id(), clerk.id())).isEmpty();
        assertAudited("ACCOUNT_MEMBER_REMOVED", owner, clerk, id(account));
        assertThat(signedIn(clerk).get("/accounts/" + id(account)).status()).as("signed in again").isEqualTo(404);
    }

    @Test
    void aUserIsDeactivatedOnlyIfTheyBelongToNoOtherAccountAndCanBeReactivated() {
        PortalUser owner = users.create("dvowner", Role.TRADE);
        PortalUser otherOwner = users.create("dvother", Role.TRADE);
        PortalUser shared = users.create("dvshared", Role.TRADE);
        PortalUser only = users.create("dvonly", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.importer(owner);
        OpenTradeAccount.Opened other = accounts.importer(otherOwner);
        accounts.member(account, shared, AccountRole.USER);
        accounts.member(other, shared, AccountRole.USER);
        accounts.member(account, only, AccountRole.USER);
        PortalClient ownerBrowser = signedIn(owner);
        String base = "/accounts/" + id(account) + "/users/";

        ownerBrowser.get(base + shared.id());
        PortalClient.Page refused = ownerBrowser.post(base + shared.id() + "/deactivate", Map.of());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("also belongs to another trade account", "Remove them from this account instead");
        assertThat(users.reload(shared).status()).isEqualTo(UserStatus.ACTIVE);

        ownerBrowser.get(base + only.id());
        PortalClient.Page deactivated = ownerBrowser.post(base + only.id() + "/deactivate", Map.of());
        assertThat(deactivated.body()).contains("The user is deactivated");
        assertThat(users.reload(only).status()).isEqualTo(UserStatus.DEACTIVATED);
        assertAudited("ACCOUNT_MEMBER_DEACTIVATED", owner, only, id(account));

        PortalClient.Page reactivated = ownerBrowser.post(base + only.id() + "/reactivate", Map.of());
        assertThat(reactivated.body()).contains("The user is active again");
        assertThat(users.reload(only).status()).isEqualTo(UserStatus.ACTIVE);
        assertAudited("ACCOUNT_MEMBER_REACTIVATED", owner, only, id(account));

        ownerBrowser.get(base + owner.id());
        assertThat(ownerBrowser.post(base + owner.id() + "/deactivate", Map.of()).status())
                .as("not oneself").isEqualTo(403);
    }

    @Test
    void aUserWithoutTheUsersRightGetsNotFoundOnEveryUsersPage() {
        PortalUser owner = users.create("nfowner", Role.TRADE);
        PortalUser clerk = users.create("nfclerk", Role.TRADE);
        OpenTradeAccount.Opened account = accounts.importer(owner);
        accounts.member(account, clerk, AccountRole.USER);
        accounts.right(account, clerk, account.subAccounts().getFirst(), ENTRIES, EDIT);
        PortalClient clerkBrowser = signedIn(clerk);
        String base = "/accounts/" + id(account);
        assertThat(clerkBrowser.get(base).status()).isEqualTo(200);

        for (String page : List.of("/users", "/users/invite", "/users/" + owner.id(), "/users/" + clerk.id(),
                "/contacts")) {
            assertThat(clerkBrowser.get(base + page).status()).as(page).isEqualTo(404);
        }
        clerkBrowser.get(base);
        for (String action : List.of("/users/invite", "/users/" + owner.id() + "/remove", "/contacts",
                "/users/" + clerk.id() + "/rights")) {
            assertThat(clerkBrowser.post(base + action, Map.of("role", "USER")).status()).as(action).isEqualTo(404);
            clerkBrowser.get(base);
        }

        accounts.right(account, clerk, account.subAccounts().getFirst(), USERS, VIEW);
        assertThat(clerkBrowser.get(base + "/users").status()).isEqualTo(200);
        assertThat(clerkBrowser.get(base + "/users").body()).doesNotContain("Invite a user");
        assertThat(clerkBrowser.get(base + "/users/invite").status()).as("viewing is not changing").isEqualTo(404);
    }

    private void assertAudited(String action, PortalUser actor, PortalUser user, String account) {
        List<Map<String, Object>> rows = jdbc.sql("""
                select actor_id, outcome, details ->> 'account' as account from audit_event
                where action = ? and object_type = 'USER' and object_id = ?
                """).param(action).param(user.id().toString()).query().listOfRows();
        assertThat(rows).as(action).anySatisfy(row -> {
            assertThat(row.get("actor_id")).isEqualTo(actor.id().value());
            assertThat(row.get("outcome")).isEqualTo("SUCCESS");
            assertThat(row.get("account")).isEqualTo(account);
        });
    }

    private int auditCount(String action, String objectType, String objectId, String outcome) {
        return jdbc.sql("select count(*) from audit_event where action = ? and object_type = ? and object_id = ? "
                        + "and outcome = ?")
                .param(action).param(objectType).param(objectId).param(outcome).query(Integer.class).single();
    }
}
