package org.openace.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.openace.platform.database.ApplicationRole;
import org.postgresql.Driver;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Points the test contexts at an external PostgreSQL instead of the embedded one, when
 * {@code OPENACE_TEST_POSTGRES_URL} names a server (its maintenance database, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}, with {@code OPENACE_TEST_POSTGRES_USER} and
 * {@code OPENACE_TEST_POSTGRES_PASSWORD}, a role that may create databases and roles): each context gets a new,
 * empty database there, as the embedded default gives it one, and the portal is set up as production is: the
 * migrations run as that role ({@code spring.flyway.*}), the portal connects as the application role
 * {@value #APP_ROLE} ({@code spring.datasource.*}), created on the server if missing. {@code .ci/run} uses it to
 * run the integration tests on Debian's PostgreSQL 15, the oldest version the portal supports.
 */
public final class ExternalTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String URL = "OPENACE_TEST_POSTGRES_URL";
    static final String APP_ROLE = "openace_test_app";
    /** A password for a test server only. */
    private static final String APP_PASSWORD = "openace-test-app-password";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String server = System.getenv(URL);
        if (server == null || server.isBlank()) {
            return;
        }
        String user = System.getenv().getOrDefault("OPENACE_TEST_POSTGRES_USER", "postgres");
        String password = System.getenv().getOrDefault("OPENACE_TEST_POSTGRES_PASSWORD", "");
        String database = "openace_test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(server, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + database + " encoding 'UTF8'");
            ApplicationRole.ensure(new SimpleDriverDataSource(new Driver(), server, user, password), APP_ROLE, APP_PASSWORD);
        }
        catch (SQLException e) {
            throw new IllegalStateException("Could not create a test database on " + server, e);
        }
        String url = server.substring(0, server.lastIndexOf('/') + 1) + database;
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("external-test-database",
                Map.of("spring.datasource.url", url,
                        "spring.datasource.username", APP_ROLE,
                        "spring.datasource.password", APP_PASSWORD,
                        "spring.flyway.url", url,
                        "spring.flyway.user", user,
                        "spring.flyway.password", password,
                        "openace.database.app-role", APP_ROLE)));
    }
}
