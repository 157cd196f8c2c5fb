package org.openace.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: when no {@code spring.datasource.url} is configured, the portal starts a real
 * PostgreSQL itself (binaries from Maven Central), keeps its data in {@code openace.database.embedded.data-directory}
 * and connects to it through an ordinary connection pool. Production sets {@code SPRING_DATASOURCE_URL} and this
 * configuration stays out of the way.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgresProperties properties) throws SQLException {
        EmbeddedPostgres server = EmbeddedPostgresServers.acquire(properties);
        String database = properties.freshDatabase()
                ? createDatabase(server.getPostgresDatabase(), "openace_" + UUID.randomUUID().toString().replace("-", ""))
                : ensureDatabase(server.getPostgresDatabase(), properties.database());
        HikariDataSource pool = new EmbeddedDataSource(properties);
        pool.setPoolName("openace");
        pool.setJdbcUrl(server.getJdbcUrl("postgres", database));
        pool.setUsername("postgres");
        return pool;
    }

    /** The pool of the embedded server; closing it gives the server back (once). */
    private static final class EmbeddedDataSource extends HikariDataSource {
        private final EmbeddedPostgresProperties properties;
        private final java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();

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
