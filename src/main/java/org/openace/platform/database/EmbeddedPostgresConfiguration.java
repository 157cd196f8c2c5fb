package org.openace.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The embedded default: when no {@code spring.datasource.url} is configured, the portal starts a real
 * PostgreSQL itself (binaries from Maven Central), keeps its data in {@code openace.database.embedded.data-directory}
 * and connects to it through an ordinary connection pool. Production sets {@code SPRING_DATASOURCE_URL} and this
 * configuration stays out of the way.
 *
 * <p>The portal connects as the application role ({@code openace.database.app-role}, created here if missing: it
 * signs in with a password kept in the data folder, is no superuser and owns nothing), and the migrations run as
 * the server's superuser, which owns the tables. So the portal cannot switch the audit trail's triggers off.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
class EmbeddedPostgresConfiguration {

    /** The database of this context, on its server. */
    record Database(EmbeddedPostgresServers.Server server, String name) {
    }

    @Bean
    Database embeddedDatabase(EmbeddedPostgresProperties properties,
                              @Value("${openace.database.app-role}") String appRole) throws SQLException {
        EmbeddedPostgresServers.Server server = EmbeddedPostgresServers.acquire(properties);
        try {
            DataSource postgres = server.superuser("postgres");
            String database = properties.freshDatabase()
                    ? createDatabase(postgres, "openace_" + UUID.randomUUID().toString().replace("-", ""))
                    : ensureDatabase(postgres, properties.database());
            ApplicationRole.ensure(postgres, appRole, server.appPassword());
            return new Database(server, database);
        }
        catch (SQLException | RuntimeException e) {
            EmbeddedPostgresServers.release(properties);
            throw e;
        }
    }

    @Bean(destroyMethod = "close")
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(Database database, EmbeddedPostgresProperties properties,
                                @Value("${openace.database.app-role}") String appRole) {
        HikariDataSource pool = new EmbeddedDataSource(properties);
        pool.setPoolName("openace");
        pool.setJdbcUrl(database.server().jdbcUrl(database.name()));
        pool.setUsername(appRole);
        pool.setPassword(database.server().appPassword());
        return pool;
    }

    /** The owner's connections, for the migrations only. */
    @Bean
    @FlywayDataSource
    DataSource databaseOwnerDataSource(Database database) {
        return database.server().superuser(database.name());
    }

    /** The pool of the embedded server; closing it gives the server back (once). */
    private static final class EmbeddedDataSource extends HikariDataSource {
        private final EmbeddedPostgresProperties properties;
        private final AtomicBoolean released = new AtomicBoolean();

        EmbeddedDataSource(EmbeddedPostgresProperties properties) {
            this.properties = properties;
        }

        @Override
        public void close() {
            super.close();
            if (released.compareAndSet(false, true)) {
                EmbeddedPostgresServers.release(properties);
            }
        }
    }

    private static String ensureDatabase(DataSource admin, String name) throws SQLException {
        try (Connection connection = admin.getConnection();
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (var rows = exists.executeQuery()) {
                if (rows.next()) {
                    return name;
                }
            }
        }
        return createDatabase(admin, name);
    }

    private static String createDatabase(DataSource admin, String name) throws SQLException {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("openace.database.embedded.database must be a plain lower-case name");
        }
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create database " + name + " encoding 'UTF8'");
        }
        return name;
    }
}
