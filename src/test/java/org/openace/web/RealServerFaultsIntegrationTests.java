package org.openace.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.test.ExternalTestDatabase;
import org.openace.test.HttpBrowser;
import org.openace.test.TestConfiguration;
import org.openace.test.TestMailServer;
import org.openace.test.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8, section 7: faults that show only on a real Tomcat, found by trying the portal as an attacker would.
 * Parallel first requests on one new session must not fail on the session store; Tomcat's own error pages say
 * nothing about the server; invalid UTF-8 in a query is a 400 logged once, briefly, below ERROR.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestConfiguration.class)
@ContextConfiguration(initializers = {TestMailServer.Initializer.class, ExternalTestDatabase.class})
@ExtendWith(OutputCaptureExtension.class)
class RealServerFaultsIntegrationTests {

    private static final int PARALLEL = 16;

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "text/html");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void sixteenParallelFirstRequestsOnOneNewSessionAllSucceed() throws Exception {
        for (int round = 0; round < 3; round++) {
            PortalUser user = users.create("parallel", Role.TRADE);
            HttpBrowser browser = new HttpBrowser("http://localhost:" + port);
            browser.signIn(user.username().value(), TestUsers.PASSWORD, user.email().value());
            String cookie = "OPENACE_SESSION=" + browser.cookies().get("OPENACE_SESSION");
            // as just after the second factor: the first requests of the session each note that the sign-in
            // requirements are met, an attribute the session does not have yet
            jdbc.sql("delete from spring_session_attributes where attribute_name like '%SignInRequirementsFilter.met'")
                    .update();
            CountDownLatch start = new CountDownLatch(1);
            try (ExecutorService pool = Executors.newFixedThreadPool(PARALLEL)) {
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (int i = 0; i < PARALLEL; i++) {
                    String path = List.of("/", "/accounts", "/account/security", "/privacy").get(i % 4);
                    answers.add(pool.submit(() -> {
                        start.await();
                        return get(path, cookie);
                    }));
                }
                start.countDown();
                for (Future<HttpResponse<String>> answer : answers) {
                    HttpResponse<String> response = answer.get();
                    assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isLessThan(500);
                    assertThat(response.body()).doesNotContainIgnoringCase("tomcat");
                }
            }
        }
    }

    @Test
    void anAddressTomcatRejectsItselfGetsAPageThatNamesNoServer() throws IOException {
        String answer = raw("GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).doesNotContainIgnoringCase("tomcat").doesNotContain("Exception").doesNotContain("Report");
    }

    @Test
    void invalidUtf8InTheQueryIsA400LoggedOnceBrieflyBelowError(CapturedOutput output) throws Exception {
        int before = output.getAll().length();

        HttpResponse<String> response = get("/sign-in?username=%C3%28&q=%FF", null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("The request could not be understood").doesNotContainIgnoringCase("tomcat");
        String logged = output.getAll().substring(before);
        assertThat(logged).doesNotContain("\"ERROR\"").doesNotContain("\tat ").doesNotContain("stack_trace");
        assertThat(logged.lines().filter(line -> line.contains("could not be decoded"))).hasSize(1);
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
