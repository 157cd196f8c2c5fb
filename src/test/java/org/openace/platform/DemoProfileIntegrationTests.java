package org.openace.platform;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openace.OpenAceApplication;
import org.openace.test.HttpBrowser;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's first command as a test: the portal with the demo profile and nothing else (no test settings), on a
 * fresh data folder: it starts, seeds the demo users, captures mail in the developer mailbox, and a demo user signs in
 * through notification, password and the code read from the mailbox page.
 */
class DemoProfileIntegrationTests {

    /** The demo token as the README lists it. */
    private static final String DEMO_TOKEN = "oat_DEMO-broker-D3M-for-the-demo-profile-only-1";

    @TempDir
    Path folder;

    /** The status and body of a GET of the accounts API with a bearer token. */
    private static String bearer(int port, String token) throws Exception {
        try (java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient()) {
            java.net.http.HttpResponse<String> response = client.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + port + "/api/v1/accounts"))
                    .header("Authorization", "Bearer " + token).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + response.body();
        }
    }

    @Test
    void demoPortalStartsAndTheAdministratorSignsInWithTheCodeFromTheMailbox() throws Exception {
        SpringApplication application = new SpringApplication(OpenAceApplication.class);
        application.setAdditionalProfiles("demo");
        try (ConfigurableApplicationContext portal = application.run("--server.port=0",
                "--openace.database.embedded.data-directory=" + folder.resolve("postgres"),
                "--openace.keys.file=" + folder.resolve("keys/openace.keys"),
                "--openace.audit.anchor-file=" + folder.resolve("audit/chain-head.anchor"),
                "--logging.file.name=target/test-logs/openace-test.log")) {
            int port = ((WebServerApplicationContext) portal).getWebServer().getPort();
            HttpBrowser browser = new HttpBrowser("http://localhost:" + port);
            assertThat(browser.get("/sign-in").status()).isEqualTo(200);
            assertThat(portal.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                    "select count(distinct kind) from reference_load where loaded_by = 'demo profile' and row_count > 0",
                    Integer.class)).as("the reference samples of every kind, loaded at start").isEqualTo(8);
            assertThat(portal.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                    "select count(*) from api_token where filer_code = 'D3M' and revoked_at is null "
                            + "and digest = sha256(convert_to(?, 'UTF8'))", Integer.class, DEMO_TOKEN))
                    .as("the README's demo token, for the demo broker's filer code").isEqualTo(1);
            assertThat(bearer(port, DEMO_TOKEN)).as("the demo token authenticates; the accounts API refuses it")
                    .contains("403").contains("TOKEN_NOT_ACCEPTED");
            assertThat(bearer(port, "oat_" + "x".repeat(43))).contains("401").contains("TOKEN_INVALID");
            browser.get("/sign-in");
            HttpBrowser.Response verify = browser.post("/sign-in", java.util.Map.of("acknowledge", "yes",
                    "username", "admin.demo", "password", "harbor lantern tariff 1842"));
            assertThat(verify.path()).isEqualTo("/sign-in/verify");

            HttpBrowser mailbox = new HttpBrowser("http://localhost:" + port);
            String inbox = mailbox.get("/dev/mailbox").body();
            String messagePath = org.openace.test.PortalClient.all(inbox, "href=\"(/dev/mailbox/[0-9a-f-]{36})\"").getFirst();
            String code = org.openace.test.PortalClient.all(mailbox.get(messagePath).body(), "\\b(\\d{6})\\b").getFirst();

            HttpBrowser.Response after = browser.post("/sign-in/verify/email", java.util.Map.of("code", code));
            assertThat(after.path()).isEqualTo("/terms/accept");
            assertThat(browser.get("/").body()).contains("Demonstration environment");
        }
    }
}
