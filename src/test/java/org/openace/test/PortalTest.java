package org.openace.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole portal on the embedded PostgreSQL (a fresh database per application context), with the GreenMail
 * SMTP server, the movable {@link TestClock} and MockMvc. Contexts are shared between test classes, so tests make
 * their own users with unique names ({@link TestUsers}) instead of cleaning up.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestConfiguration.class)
@ContextConfiguration(initializers = {TestMailServer.Initializer.class, ExternalTestDatabase.class})
public @interface PortalTest {
}
