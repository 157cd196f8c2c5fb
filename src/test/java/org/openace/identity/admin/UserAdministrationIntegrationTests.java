package org.openace.identity.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openace.identity.EmailAddress;
import org.openace.identity.Role;
import org.openace.identity.Username;
import org.openace.identity.factor.Passkeys;
import org.openace.identity.factor.RecoveryCodes;
import org.openace.identity.user.PortalUser;
import org.openace.identity.user.PortalUsers;
import org.openace.identity.user.SecondFactorKind;
import org.openace.identity.user.UserRegistration;
import org.openace.identity.user.UserStatus;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestClock;
import org.openace.test.TestMailServer;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
class UserAdministrationIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PortalUsers portalUsers;
    @Autowired
    UserRegistration registration;
    @Autowired
    RecoveryCodes recoveryCodes;
    @Autowired
    Passkeys passkeys;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    // --- list and search -----------------------------------------------------------------------------------

    @Test
    void administratorFindsUsersByPartOfTheirUserIdNameOrEmailInAnyCase() {
        String tok = token();
        PortalUser byId = register("idm" + tok, "Pat Quill", "pq" + token() + "@openace.test", Role.TRADE);
        PortalUser byName = register("nm" + token(), "Rosa Nm" + tok.toUpperCase() + " Vale", "rv" + token() + "@openace.test",
                Role.OFFICER);
        PortalUser byEmail = register("em" + token(), "Ida Marsh", "ida.em" + tok + "@OPENACE.test", Role.TRADE);
        PortalClient admin = signedInAdmin();

        assertThat(usernamesListed(admin.get("/admin/users?q=IDM" + tok.toUpperCase())))
                .containsExactly(byId.username().value());
        assertThat(usernamesListed(admin.get("/admin/users?q=nm" + tok)))
                .containsExactly(byName.username().value());
        assertThat(usernamesListed(admin.get("/admin/users?q=EM" + tok.toUpperCase() + "@openace")))
                .containsExactly(byEmail.username().value());
        assertThat(usernamesListed(admin.get("/admin/users?q=" + tok)))
                .containsExactlyInAnyOrder(byId.username().value(), byName.username().value(), byEmail.username().value());
        PortalClient.Page page = admin.get("/admin/users?q=" + tok);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Pat Quill", "Customs officer", "Active", "Never", "Last sign-in (UTC)");
    }

    @Test
    void searchTextIsMatchedLiterallyNotAsAPattern() {
        String tok = token();
        PortalUser user = register("lit" + tok, "Lit Eral", "lit" + tok + "@openace.test", Role.TRADE);
        PortalClient admin = signedInAdmin();

        assertThat(usernamesListed(admin.get("/admin/users?q=l_t" + tok))).isEmpty();
        assertThat(usernamesListed(admin.get("/admin/users?q=l%25t" + tok))).isEmpty();
        assertThat(usernamesListed(admin.get("/admin/users?q=lit" + tok))).containsExactly(user.username().value());
    }

    @Test
    void administratorFiltersUsersByStatusLockAndRole() {
        String tok = token();
        PortalUser locked = register("flk" + tok, "Lock Ed", "flk" + tok + "@openace.test", Role.TRADE);
        PortalUser officer = register("fof" + tok, "Off Icer", "fof" + tok + "@openace.test", Role.OFFICER);
        PortalUser deactivated = register("fde" + tok, "Deac Tivated", "fde" + tok + "@openace.test", Role.TRADE);
        change(locked, u -> u.lockUntil(Instant.now().plus(Duration.ofMinutes(30))));
        change(deactivated, u -> u.deactivate(Instant.now()));
        PortalClient admin = signedInAdmin();

        assertThat(usernamesListed(admin.get("/admin/users?q=" + tok + "&status=deactivated")))
                .containsExactly(deactivated.username().value());
        assertThat(usernamesListed(admin.get("/admin/users?q=" + tok + "&status=active")))
                .containsExactlyInAnyOrder(locked.username().value(), officer.username().value());
        assertThat(usernamesListed(admin.get("/admin/users?q=" + tok + "&locked=yes")))
                .containsExactly(locked.username().value());
        assertThat(usernamesListed(admin.get("/admin/users?q=" + tok + "&role=officer")))
                .containsExactly(officer.username().value());
        assertThat(admin.get("/admin/users?q=" + tok + "&status=deactivated").body()).contains("Deactivated");
    }

    @Test
    void filtersThatAreNotInTheListAreRefusedWithA400() {
        PortalClient admin = signedInAdmin();

        PortalClient.Page status = admin.get("/admin/users?status=superuser");
        PortalClient.Page role = admin.get("/admin/users?role=root");
        PortalClient.Page page = admin.get("/admin/users?page=-3");

        assertThat(status.status()).isEqualTo(400);
        assertThat(status.body()).contains("Choose a status from the list.");
        assertThat(role.status()).isEqualTo(400);
        assertThat(role.body()).contains("Choose a role from the list.");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("The page number is not valid.");
    }

    @Test
    void usersAreListedFiftyToAPage() {
        String prefix = "pg" + token();
        for (int i = 0; i < 51; i++) {
            users.createWithoutPassword(prefix, Role.TRADE);
        }
        PortalClient admin = signedInAdmin();

        PortalClient.Page first = admin.get("/admin/users?q=" + prefix);
        PortalClient.Page second = admin.get("/admin/users?q=" + prefix + "&page=2");

        assertThat(usernamesListed(first)).hasSize(50);
        assertThat(first.body()).contains("Users 1 to 50 of 51").contains("page=2").contains("aria-current=\"page\"");
        assertThat(usernamesListed(second)).hasSize(1).doesNotContainAnyElementsOf(usernamesListed(first));
        assertThat(second.body()).contains("Users 51 to 51 of 51");
    }

    // --- detail --------------------------------------------------------------------------------------------

    @Test
    void theDetailPageShowsProfileStatusLockAndSecondFactors() {
        PortalUser user = users.create("detail", Role.TRADE, Role.PGA);
        new PortalClient(mvc).from("192.0.2.77").signIn(user);
        recoveryCodes.renew(user.id());
        PortalClient admin = signedInAdmin();

        PortalClient.Page page = admin.get("/admin/users/" + user.id());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.heading()).contains(user.displayName(), user.username().value());
        assertThat(page.body()).contains("<title>User " + user.username().value() + " | OpenACE</title>");
        assertThat(page.body()).contains(user.email().value(), "Verified", "Trade user", "Partner agency user",
                "Not locked", "192.0.2.77", "Not set up", "Recovery codes left");
        assertThat(page.body()).containsPattern("Recovery codes left</dt>\\s*<dd>10</dd>");
    }

    @Test
    void malformedOrUnknownUserIdsAreNotFound() {
        PortalUser admin = users.create("nf.admin", Role.ADMINISTRATOR);
        PortalClient browser = new PortalClient(mvc);
        browser.signIn(admin);
        String csrf = browser.get("/admin/users").csrf();

        assertThat(browser.get("/admin/users/not-a-uuid").status()).isEqualTo(404);
        assertThat(browser.get("/admin/users/1-1-1-1-1").status()).isEqualTo(404);
        assertThat(browser.get("/admin/users/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(browser.post("/admin/users/12345/unlock", Map.of("_csrf", csrf)).status()).isEqualTo(404);
        assertThat(browser.post("/admin/users/" + UUID.randomUUID() + "/deactivate", Map.of("_csrf", csrf)).status())
                .isEqualTo(404);
        assertThat(browser.post("/admin/users/" + UUID.randomUUID() + "/roles", Map.of("_csrf", csrf,
                "roles", "TRADE")).status()).isEqualTo(404);
    }

    // --- create --------------------------------------------------------------------------------------------

    @Test
    void administratorCreatesAUserWhoSetsTheirPasswordFromTheEmailedLinkAndSignsIn() {
        PortalUser adminUser = users.create("creator", Role.ADMINISTRATOR);
        PortalClient admin = new PortalClient(mvc);
        admin.signIn(adminUser);
        String username = "new" + token();
        String email = username + "@openace.test";
        admin.get("/admin/users/new");

        PortalClient.Page created = admin.post("/admin/users/new", Map.of("username", username.toUpperCase(),
                "displayName", "Nadia Newcomer", "email", email, "roles", "TRADE"));

        assertThat(created.status()).isEqualTo(200);
        assertThat(created.path()).matches("/admin/users/[0-9a-f-]{36}");
        assertThat(created.body()).contains("was created", "Not set yet");
        PortalUser user = portalUsers.findByUsername(new Username(username)).orElseThrow();
        assertThat(user.roles()).containsExactly(Role.TRADE);
        assertThat(user.hasPassword()).isFalse();
        assertAudited("USER_CREATED", adminUser, user);

        MimeMessage invitation = TestMailServer.awaitMessage(email, 1);
        String link = TestMailServer.linkPathIn(invitation);
        assertThat(link).startsWith("/reset-password/");
        PortalClient newcomer = new PortalClient(mvc);
        PortalClient.Page choose = newcomer.get(link);
        assertThat(choose.path()).isEqualTo("/reset-password");
        assertThat(choose.heading()).isEqualTo("Choose your password");
        String password = "tangerine bicycle harbour 4471";
        PortalClient.Page set = newcomer.post("/reset-password", Map.of("password", password, "confirmation", password));
        assertThat(set.path()).startsWith("/sign-in");

        PortalClient.Page home = new PortalClient(mvc).signIn(username, password, email);
        assertThat(home.path()).isEqualTo("/");
        assertThat(home.heading()).contains("Nadia Newcomer");
    }

    @Test
    void aTakenUserIdIsAFieldErrorAndNothingIsCreated() {
        PortalUser existing = users.create("taken", Role.TRADE);
        PortalClient admin = signedInAdmin();
        admin.get("/admin/users/new");
        String email = "other" + token() + "@openace.test";

        PortalClient.Page page = admin.post("/admin/users/new", Map.of("username", existing.username().value(),
                "displayName", "Someone Else", "email", email, "roles", "OFFICER"));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("That user ID is taken");
        assertThat(page.body()).containsPattern("id=\"username\"[^>]*aria-describedby=\"username-hint username-error\"");
        TestMailServer.awaitOutboxDelivered(jdbc);
        assertThat(TestMailServer.messagesTo(email)).isEmpty();
        assertThat(portalUsers.findByUsername(existing.username()).orElseThrow().displayName())
                .isEqualTo(existing.displayName());
    }

    @Test
    void malformedNewUserInputIsAFieldErrorWithA400() {
        PortalClient admin = signedInAdmin();
        admin.get("/admin/users/new");

        PortalClient.Page page = admin.post("/admin/users/new", Map.of("username", "x!", "displayName", " ",
                "email", "not-an-address"));
        PortalClient.Page unknownRole = admin.post("/admin/users/new", Map.of("username", "fine" + token(),
                "displayName", "Fine Name", "email", "fine" + token() + "@openace.test", "roles", "ROOT"));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("A user ID has 3 to 64 letters", "Enter the user&#39;s full name.",
                "Enter an e-mail address in the form name@example.com.", "Choose at least one role.");
        assertThat(page.body()).contains("aria-describedby=\"email-hint email-error\"", "aria-invalid=\"true\"");
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(unknownRole.body()).contains("Choose roles from the list.");
    }

    // --- actions -------------------------------------------------------------------------------------------

    @Test
    void administratorUnlocksALockedUserWhoCanThenSignIn() {
        PortalUser user = users.create("locked", Role.TRADE);
        PortalClient userBrowser = new PortalClient(mvc);
        userBrowser.get("/sign-in");
        for (int i = 0; i < 3; i++) {
            userBrowser.post("/sign-in", Map.of("acknowledge", "yes", "username", user.username().value(),
                    "password", "wrong password " + i));
        }
        assertThat(users.reload(user).isLockedAt(Instant.now())).isTrue();
        PortalUser adminUser = users.create("unlocker", Role.ADMINISTRATOR);
        PortalClient admin = new PortalClient(mvc);
        admin.signIn(adminUser);
        assertThat(usernamesListed(admin.get("/admin/users?locked=yes&q=" + user.username().value())))
                .containsExactly(user.username().value());

        PortalClient.Page done = act(admin, user, "unlock");

        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).contains("is unlocked");
        assertThat(users.reload(user).isLockedAt(Instant.now())).isFalse();
        assertAudited("USER_UNLOCKED", adminUser, user);
        assertThat(userBrowser.signIn(user).path()).isEqualTo("/");
    }

    @Test
    void unlockingAUserWhoIsNotLockedIsRefused() {
        PortalUser user = users.create("notlocked", Role.TRADE);
        PortalClient admin = signedInAdmin();

        PortalClient.Page page = act(admin, user, "unlock");

        assertThat(page.status()).isEqualTo(409);
        assertThat(page.body()).contains("is not locked");
    }

    @Test
    void deactivationEndsTheUsersSessionAtOnceAndStopsSignInUntilReactivation() {
        PortalUser user = users.create("deact", Role.TRADE);
        PortalClient userBrowser = new PortalClient(mvc);
        userBrowser.signIn(user);
        assertThat(userBrowser.get("/").status()).isEqualTo(200);
        PortalUser adminUser = users.create("deactivator", Role.ADMINISTRATOR);
        PortalClient admin = new PortalClient(mvc);
        admin.signIn(adminUser);

        PortalClient.Page done = act(admin, user, "deactivate");

        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).contains("is deactivated", "Their open session was ended.");
        assertThat(userBrowser.get("/").path()).matches("/signed-out\\?reason=expired|/sign-in");
        assertThat(users.reload(user).status()).isEqualTo(UserStatus.DEACTIVATED);
        assertAudited("USER_DEACTIVATED", adminUser, user);
        PortalClient.Page refused = attemptSignIn(user);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("This user has been deactivated.");
        assertThat(act(admin, user, "deactivate").status()).as("deactivating twice").isEqualTo(409);

        PortalClient.Page reactivated = act(admin, user, "reactivate");

        assertThat(reactivated.body()).contains("is active again");
        assertAudited("USER_REACTIVATED", adminUser, user);
        assertThat(new PortalClient(mvc).signIn(user).path()).isEqualTo("/");
        assertThat(act(admin, user, "reactivate").status()).as("reactivating an active user").isEqualTo(409);
    }

    @Test
    void administratorCannotDeactivateThemselfNorRemoveTheirOwnAdministratorRole() {
        PortalUser adminUser = users.create("self", Role.ADMINISTRATOR, Role.OFFICER);
        PortalClient admin = new PortalClient(mvc);
        admin.signIn(adminUser);

        PortalClient.Page deactivate = act(admin, adminUser, "deactivate");
        admin.get("/admin/users/" + adminUser.id());
        PortalClient.Page roles = admin.post("/admin/users/" + adminUser.id() + "/roles", Map.of("roles", "OFFICER"));

        assertThat(deactivate.status()).isEqualTo(409);
        assertThat(deactivate.body()).contains("You cannot deactivate your own user.");
        assertThat(roles.status()).isEqualTo(409);
        assertThat(roles.body()).contains("You cannot remove your own administrator role.");
        PortalUser after = users.reload(adminUser);
        assertThat(after.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(after.roles()).containsExactlyInAnyOrder(Role.ADMINISTRATOR, Role.OFFICER);
        assertThat(admin.get("/admin/users").status()).as("still signed in").isEqualTo(200);
        assertThat(auditOutcomes("USER_DEACTIVATED", adminUser)).containsExactly("DENIED");
        assertThat(auditOutcomes("USER_ROLES_CHANGED", adminUser)).containsExactly("DENIED");
    }

    @Test
    void administratorChangesRolesAndTheUsersSessionsEndSoTheNewRolesApply() {
        PortalUser user = users.create("roles", Role.TRADE);
        PortalClient userBrowser = new PortalClient(mvc);
        userBrowser.signIn(user);
        PortalUser adminUser = users.create("role.admin", Role.ADMINISTRATOR);
        PortalClient admin = new PortalClient(mvc);
        admin.signIn(adminUser);
        admin.get("/admin/users/" + user.id());

        PortalClient.Page done = postRepeated(admin, "/admin/users/" + user.id() + "/roles", "roles", "PGA", "OFFICER");

        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).contains("now has the roles: Customs officer, Partner agency user");
        assertThat(users.reload(user).roles()).containsExactlyInAnyOrder(Role.PGA, Role.OFFICER);
        assertThat(userBrowser.get("/").path()).matches("/signed-out\\?reason=expired|/sign-in");
        String details = jdbc.sql("""
                select details::text from audit_event where action = 'USER_ROLES_CHANGED' and object_id = ?
                and actor_id = ? and outcome = 'SUCCESS'
                """).param(user.id().toString()).param(adminUser.id().value()).query(String.class).single();
        assertThat(details).contains("\"from\": \"TRADE\"", "\"to\": \"OFFICER,PGA\"");

        PortalClient.Page none = admin.post("/admin/users/" + user.id() + "/roles", Map.of());
        PortalClient.Page unknown = admin.post("/admin/users/" + user.id() + "/roles", Map.of("roles", "ROOT"));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body()).contains("Choose at least one role.").contains("aria-describedby=\"roles-hint roles-error\"");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("Choose roles from the list.");
        assertThat(users.reload(user).roles()).containsExactlyInAnyOrder(Role.PGA, Role.OFFICER);
    }

    @Test
    void administratorEmailsAPasswordResetLinkThatStillAsksForTheSecondFactor() {
        PortalUser user = users.create("reset", Role.TRADE);
        PortalUser adminUser = users.create("resetter", Role.ADMINISTRATOR);
        PortalClient admin = new PortalClient(mvc);
        admin.signIn(adminUser);
        int before = TestMailServer.messagesTo(user.email().value()).size();

        PortalClient.Page done = act(admin, user, "password-link");

        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).contains("A password reset link was e-mailed to " + user.email().value());
        MimeMessage mail = TestMailServer.awaitMessage(user.email().value(), before + 1);
        assertThat(TestMailServer.subject(mail)).isEqualTo("Reset your OpenACE password");
        assertAudited("PASSWORD_RESET_SENT_BY_ADMIN", adminUser, user);
        PortalClient.Page opened = new PortalClient(mvc).get(TestMailServer.linkPathIn(mail));
        assertThat(opened.path()).isEqualTo("/reset-password");
        MimeMessage code = TestMailServer.awaitMessage(user.email().value(), before + 2);
        assertThat(TestMailServer.subject(code)).isEqualTo("Your OpenACE password reset code");
    }

    @Test
    void administratorResetsSecondFactorsSoTheUserFallsBackToEmailedCodes() {
        PortalUser user = users.create("factors", Role.TRADE);
        PortalClient userBrowser = new PortalClient(mvc);
        userBrowser.signIn(user);
        change(user, u -> u.enrollTotp(new byte[] {1, 2, 3, 4}, Instant.now()));
        recoveryCodes.renew(user.id());
        addPasskey(user);
        PortalUser adminUser = users.create("factor.admin", Role.ADMINISTRATOR);
        PortalClient admin = new PortalClient(mvc);
        admin.signIn(adminUser);
        PortalClient.Page before = admin.get("/admin/users/" + user.id());
        assertThat(before.body()).containsPattern("Authenticator app</dt>\\s*<dd>Set up</dd>")
                .containsPattern("Passkeys</dt>\\s*<dd>1</dd>");

        PortalClient.Page done = act(admin, user, "second-factors/reset");

        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).contains("were removed", "Their open session was ended.");
        PortalUser after = users.reload(user);
        assertThat(after.hasTotp()).isFalse();
        assertThat(after.preferredFactor()).isEqualTo(SecondFactorKind.EMAIL_CODE);
        assertThat(recoveryCodes.remaining(user.id())).isZero();
        assertThat(passkeys.count(user.username())).isZero();
        assertThat(userBrowser.get("/").path()).matches("/signed-out\\?reason=expired|/sign-in");
        assertAudited("SECOND_FACTORS_RESET", adminUser, user);
        assertThat(new PortalClient(mvc).signIn(user).path()).as("signs in with an e-mailed code").isEqualTo("/");
    }

    // --- who may -------------------------------------------------------------------------------------------

    @Test
    void tradeUsersAndOfficersAreRefusedEveryUserAdministrationPage() {
        PortalUser target = users.create("target", Role.TRADE);
        for (Role role : List.of(Role.TRADE, Role.OFFICER, Role.PGA)) {
            PortalUser outsider = users.create("outsider", role);
            PortalClient browser = new PortalClient(mvc);
            browser.signIn(outsider);
            String csrf = browser.get("/").csrf();
            String base = "/admin/users/" + target.id();

            for (String path : List.of("/admin/users", "/admin/users?q=a", "/admin/users/new", base)) {
                assertThat(browser.get(path).status()).as(role + " GET " + path).isEqualTo(403);
            }
            for (String path : List.of("/admin/users/new", base + "/unlock", base + "/deactivate", base + "/reactivate",
                    base + "/password-link", base + "/second-factors/reset", base + "/roles")) {
                PortalClient.Page page = browser.post(path, Map.of("_csrf", csrf, "roles", "ADMINISTRATOR",
                        "username", "sneaky" + token(), "displayName", "Sneaky", "email", "sneaky@openace.test"));
                assertThat(page.status()).as(role + " POST " + path).isEqualTo(403);
            }
        }
        PortalUser after = users.reload(target);
        assertThat(after.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(after.roles()).containsExactly(Role.TRADE);
        assertThat(jdbc.sql("""
                select count(*) from audit_event where object_id = ? and action in ('USER_UNLOCKED', 'USER_DEACTIVATED',
                    'USER_REACTIVATED', 'PASSWORD_RESET_SENT_BY_ADMIN', 'SECOND_FACTORS_RESET', 'USER_ROLES_CHANGED')
                """).param(target.id().toString()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from app_user where username like 'sneaky%'").query(Long.class).single())
                .isZero();
    }

    @Test
    void anAdministratorWithoutTheSecondFactorIsNotLetIn() {
        PortalUser adminUser = users.create("halfway", Role.ADMINISTRATOR);
        PortalClient browser = new PortalClient(mvc);
        browser.get("/sign-in");
        browser.post("/sign-in", Map.of("acknowledge", "yes", "username", adminUser.username().value(),
                "password", TestUsers.PASSWORD));

        assertThat(browser.get("/admin/users").path()).isEqualTo("/sign-in/verify");
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private PortalClient signedInAdmin() {
        PortalUser admin = users.create("admin", Role.ADMINISTRATOR);
        PortalClient browser = new PortalClient(mvc);
        browser.signIn(admin);
        return browser;
    }

    /** Opens the user's page (for its CSRF token) and posts one of its actions. */
    private static PortalClient.Page act(PortalClient admin, PortalUser user, String action) {
        admin.get("/admin/users/" + user.id());
        return admin.post("/admin/users/" + user.id() + "/" + action, Map.of());
    }

    private PortalClient.Page attemptSignIn(PortalUser user) {
        PortalClient browser = new PortalClient(mvc);
        browser.get("/sign-in");
        return browser.post("/sign-in", Map.of("acknowledge", "yes", "username", user.username().value(),
                "password", TestUsers.PASSWORD));
    }

    /** The user IDs in the list on a page, in order. */
    private static List<String> usernamesListed(PortalClient.Page page) {
        return PortalClient.all(page.body(), "href=\"/admin/users/[0-9a-f-]{36}\">([^<]+)</a>");
    }

    private void assertAudited(String action, PortalUser admin, PortalUser user) {
        List<Map<String, Object>> rows = jdbc.sql("""
                select actor_id, actor_name, outcome from audit_event
                where action = ? and object_type = 'USER' and object_id = ?
                """).param(action).param(user.id().toString()).query().listOfRows();
        assertThat(rows).as(action).anySatisfy(row -> {
            assertThat(row.get("actor_id")).isEqualTo(admin.id().value());
            assertThat(row.get("actor_name")).isEqualTo(admin.username().value());
            assertThat(row.get("outcome")).isEqualTo("SUCCESS");
        });
    }

    private List<String> auditOutcomes(String action, PortalUser user) {
        return jdbc.sql("select outcome from audit_event where action = ? and object_id = ? order by seq")
                .param(action).param(user.id().toString()).query(String.class).list();
    }

    private PortalUser register(String username, String name, String email, Role role) {
        return transaction.execute(status -> registration.register(new Username(username), name,
                new EmailAddress(email), Set.of(role)).user().orElseThrow());
    }

    private void change(PortalUser user, java.util.function.Consumer<PortalUser> change) {
        transaction.executeWithoutResult(status -> {
            PortalUser loaded = portalUsers.findByIdForUpdate(user.id()).orElseThrow();
            change.accept(loaded);
            portalUsers.update(loaded);
        });
    }

    private void addPasskey(PortalUser user) {
        String entity = "entity-" + user.id();
        jdbc.sql("insert into user_entities (id, name, display_name) values (?, ?, ?)")
                .param(entity).param(user.username().value()).param(user.displayName()).update();
        jdbc.sql("""
                insert into user_credentials (credential_id, user_entity_user_id, public_key, signature_count,
                    uv_initialized, backup_eligible, backup_state, label, created)
                values (?, ?, ?, 0, true, false, false, 'Test key', now())
                """).param("cred-" + user.id()).param(entity).param(new byte[] {1, 2, 3}).update();
    }

    /** Posts a form with one parameter repeated (as checkboxes send it) and follows the redirect. */
    private static PortalClient.Page postRepeated(PortalClient browser, String path, String name, String... values) {
        MockHttpServletResponse response = browser.exchange(MockMvcRequestBuilders.post(path).param(name, values)
                .param("_csrf", browser.last().csrf()).accept(MediaType.TEXT_HTML));
        assertThat(response.getStatus()).isEqualTo(302);
        return browser.get(response.getRedirectedUrl());
    }

    /** Letters only, so that the token fits in user IDs and names. */
    private static String token() {
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            token.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return token.toString();
    }
}
