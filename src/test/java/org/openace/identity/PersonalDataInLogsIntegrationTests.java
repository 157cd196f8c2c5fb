package org.openace.identity;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openace.identity.user.PortalUser;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds SSN-shaped values to every form a person could type one into by mistake (user ID, password, e-mail, codes),
 * so that {@code LogHygieneVerification} proves at the end of the build that none of them reached a log.
 */
@PortalTest
class PersonalDataInLogsIntegrationTests {

    private static final String SSN = "078-05-1120";

    @Autowired
    MockMvc mvc;
    @Autowired
    org.openace.test.TestUsers users;

    @Test
    void ssnTypedIntoSignInAndRecoveryFormsIsRefusedWithoutBeingEchoedInErrors() {
        PortalClient browser = new PortalClient(mvc);
        browser.get("/sign-in");
        PortalClient.Page signIn = browser.post("/sign-in", Map.of("acknowledge", "yes", "username", SSN, "password", SSN));
        browser.get("/forgot-password");
        PortalClient.Page forgot = browser.post("/forgot-password", Map.of("identifier", SSN));

        assertThat(signIn.status()).isEqualTo(401);
        assertThat(forgot.status()).isEqualTo(200);
    }

    @Test
    void ssnTypedIntoSettingsFormsIsRefused() {
        PortalUser user = users.create("ssnforms", Role.TRADE);
        PortalClient browser = new PortalClient(mvc);
        browser.signIn(user);
        browser.get("/account/email");
        PortalClient.Page email = browser.post("/account/email", Map.of("email", SSN, "currentPassword", SSN));
        browser.get("/account/security/password");
        PortalClient.Page password = browser.post("/account/security/password",
                Map.of("currentPassword", org.openace.test.TestUsers.PASSWORD, "password", SSN, "confirmation", SSN));

        assertThat(email.status()).isEqualTo(400);
        assertThat(password.status()).isEqualTo(400);
    }
}
