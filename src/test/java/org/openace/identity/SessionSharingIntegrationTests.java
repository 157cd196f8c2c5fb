package org.openace.identity;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openace.OpenAceApplication;
import org.openace.identity.user.PortalUser;
import org.openace.identity.user.UserRegistration;
import org.openace.identity.password.NewPassword;
import org.openace.test.HttpBrowser;
import org.openace.test.TestMailServer;
import org.openace.test.TestUsers;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two portal nodes on one database share sessions (Spring Session JDBC): a user signed in on one node is signed in
 * on the other, and signing out on either ends the session everywhere. Real HTTP, real Tomcat.
 */
class SessionSharingIntegrationTests {

    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    private static ConfigurableApplicationContext startNode(String database) {
        SpringApplication application = new SpringApplication(OpenAceApplication.class);
        application.setAdditionalProfiles("test");
        return application.run("--server.port=0", "--openace.database.embedded.fresh-database=false",
                "--openace.database.embedded.database=" + database, "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + TestMailServer.port(), "--logging.file.name=target/test-logs/openace-test.log");
    }

    @BeforeAll
    static void startTwoNodes() {
        String database = "openace_nodes_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        nodeA = startNode(database);
        nodeB = startNode(database);
    }

    @AfterAll
    static void stopNodes() {
        nodeA.close();
        nodeB.close();
    }

    private static String url(ConfigurableApplicationContext node) {
        return "http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private static PortalUser user(String prefix) {
        String username = prefix + "." + UUID.randomUUID().toString().substring(0, 8);
        UserRegistration registration = nodeA.getBean(UserRegistration.class);
        PortalUser user = registration.register(new Username(username), "Node User",
                new EmailAddress(username + "@openace.test"), Set.of(Role.TRADE)).user().orElseThrow();
        nodeA.getBean(NewPassword.class).set(user, TestUsers.PASSWORD);
        return user;
    }

    @Test
    void sessionSignedInOnOneNodeIsSignedInOnTheOther() {
        PortalUser user = user("nodes");
        HttpBrowser browser = new HttpBrowser(url(nodeA));
        assertThat(browser.signIn(user.username().value(), TestUsers.PASSWORD, user.email().value()).path()).isEqualTo("/");

        HttpBrowser.Response onB = browser.at(url(nodeB)).get("/account/security");

        assertThat(onB.status()).isEqualTo(200);
        assertThat(onB.path()).isEqualTo("/account/security");
        assertThat(onB.body()).contains(user.username().value());
    }

    @Test
    void signingOutOnOneNodeEndsTheSessionOnTheOther() {
        PortalUser user = user("nodeout");
        HttpBrowser browser = new HttpBrowser(url(nodeA));
        browser.signIn(user.username().value(), TestUsers.PASSWORD, user.email().value());
        Map<String, String> cookies = Map.copyOf(browser.cookies());
        browser.at(url(nodeB)).get("/");
        browser.post("/sign-out", Map.of());

        HttpBrowser replay = new HttpBrowser(url(nodeA));
        replay.cookies().putAll(cookies);

        assertThat(replay.get("/account/security").path()).isEqualTo("/signed-out?reason=expired");
    }

    @Test
    void realResponsesCarryTheSecurityHeadersAndCookieFlags() {
        PortalUser user = user("headers");
        HttpBrowser browser = new HttpBrowser(url(nodeB));
        HttpBrowser.Response page = browser.get("/sign-in");
        var headers = page.raw().headers();

        assertThat(headers.firstValue("Server")).isEmpty();
        assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");

        browser.post("/sign-in", Map.of("acknowledge", "yes", "username", user.username().value(),
                "password", TestUsers.PASSWORD));
        String sessionCookie = browser.cookies().get("OPENACE_SESSION");
        assertThat(sessionCookie).isNotNull();
        byte[] id = java.util.Base64.getDecoder().decode(sessionCookie);
        assertThat(new String(id)).as("256-bit session id, base64url").matches("[A-Za-z0-9_-]{43}");
    }
}
