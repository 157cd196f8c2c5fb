package org.openace.platform.database;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the PostgreSQL that the portal starts itself when no external database is configured.
 *
 * @param dataDirectory where the cluster keeps its files across restarts; empty means a throw-away cluster
 *                      in a temporary folder (what the tests use)
 * @param port          the port it listens on (on the loopback interface only); 0 picks a free one
 * @param database      the database the portal uses inside the cluster
 * @param freshDatabase create a new, empty database with a unique name for every application context (tests)
 * @param durable       commit synchronously to disk (on for the portal, off for throw-away test clusters)
 * @param startupWait   how long to wait for the server to accept connections
 */
@ConfigurationProperties("openace.database.embedded")
record EmbeddedPostgresProperties(
        @Nullable Path dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("openace") String database,
        @DefaultValue("false") boolean freshDatabase,
        @DefaultValue("true") boolean durable,
        @DefaultValue("60s") Duration startupWait) {
}
