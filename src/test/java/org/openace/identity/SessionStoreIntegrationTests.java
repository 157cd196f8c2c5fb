package org.openace.identity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openace.identity.user.PortalUser;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.openace.test.TestMailServer;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session store writes the last access time at most every few seconds, and always writes what matters: a new
 * session id at sign-in, attributes, the end of a session.
 */
@PortalTest
class SessionStoreIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcIndexedSessionRepository sessions;

    private String sessionId(PortalClient browser) {
        return new String(Base64.getDecoder().decode(browser.cookies().get("OPENACE_SESSION").getValue()),
                StandardCharsets.UTF_8);
    }

    private long lastAccess(String sessionId) {
        return jdbc.sql("select last_access_time from spring_session where session_id = ?").param(sessionId)
                .query(Long.class).single();
    }

    @Test
    void requestsInQuickSuccessionDoNotRewriteTheSessionRowButLaterOnesDo() {
        PortalUser user = users.create("store", Role.TRADE);
        PortalClient browser = new PortalClient(mvc);
        browser.signIn(user);
        String id = sessionId(browser);
        long signedIn = lastAccess(id);

        for (int i = 0; i < 3; i++) {
            assertThat(browser.get("/account/security").status()).isEqualTo(200);
        }
        assertThat(lastAccess(id)).isEqualTo(signedIn);

        // as if the last write were 6 seconds old
        jdbc.sql("update spring_session set last_access_time = last_access_time - 6000, expiry_time = expiry_time - 6000"
                + " where session_id = ?").param(id).update();
        assertThat(browser.get("/account/security").status()).isEqualTo(200);

        assertThat(lastAccess(id)).isGreaterThan(signedIn - 6000);
        assertThat(jdbc.sql("select expiry_time - last_access_time from spring_session where session_id = ?")
                .param(id).query(Long.class).single()).isEqualTo(16 * 60 * 1000L);
    }

    @Test
    void aNewSessionIdAndSigningOutAreAlwaysWritten() {
        PortalUser user = users.create("storeid", Role.TRADE);
        PortalClient browser = new PortalClient(mvc);
        browser.get("/sign-in");
        int mails = TestMailServer.messagesTo(user.email().value()).size();
        browser.post("/sign-in", Map.of("acknowledge", "yes", "username", user.username().value(),
                "password", TestUsers.PASSWORD));
        String afterPassword = sessionId(browser);
        assertThat(rows(afterPassword)).isEqualTo(1);

        // the second factor changes the session id of the existing session: an update that must be written
        String code = TestMailServer.codeIn(TestMailServer.awaitMessage(user.email().value(), mails, "sign-in code"));
        browser.post("/sign-in/verify/email", Map.of("code", code));
        String signedIn = sessionId(browser);
        assertThat(signedIn).isNotEqualTo(afterPassword);
        assertThat(rows(signedIn)).isEqualTo(1);
        assertThat(rows(afterPassword)).isZero();

        browser.post("/sign-out", Map.of());
        assertThat(rows(signedIn)).isZero();
    }

    private long rows(String sessionId) {
        return jdbc.sql("select count(*) from spring_session where session_id = ?").param(sessionId)
                .query(Long.class).single();
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void twoRequestsAddingTheSameAttributeToOneSessionAtOnceBothSucceed() {
        SessionRepository<Session> sessions = (SessionRepository) this.sessions;
        Session created = sessions.createSession();
        created.setAttribute("first", "request");
        sessions.save(created);
        // two requests load the session before either has written the attribute they both add
        Session one = sessions.findById(created.getId());
        Session other = sessions.findById(created.getId());
        one.setAttribute("added", "by one");
        other.setAttribute("added", "by the other");

        sessions.save(one);
        sessions.save(other);

        assertThat(sessions.findById(created.getId()).<String>getAttribute("added")).isEqualTo("by the other");
    }
}
