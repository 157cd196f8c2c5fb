package org.openace.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole portal on a real server (Tomcat on a free port of localhost), for tests with a real browser
 * ({@link ChromeBrowser}); otherwise as {@link PortalTest}: the embedded PostgreSQL with a fresh database per
 * context, the GreenMail SMTP server, the movable {@link TestClock}.
 *
 * <p>The port is chosen before the context starts, so that the portal's public address ({@code openace.web.base-url},
 * the origin passkeys must come from, and the address in e-mailed links) is the one the browser uses.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
@Import(TestConfiguration.class)
@ContextConfiguration(initializers = {TestMailServer.Initializer.class, BrowserTest.FreePort.class})
public @interface BrowserTest {

    /** Picks a free port of localhost and makes it the server's port and the portal's public address. */
    final class FreePort implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            int port;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            TestPropertyValues.of("server.port=" + port, "openace.web.base-url=http://localhost:" + port,
                    "openace.web.relying-party-id=localhost").applyTo(context);
        }
    }
}
