package org.openace.identity.session;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The session store (Spring Session JDBC) writes a session's last access time at most every few seconds, and an
 * attribute as an upsert.
 * <p>
 * Spring Session marks a session changed on every request (its last access time), so every request ended with an
 * {@code UPDATE} and a synchronous commit (a disk flush), even when nothing else changed. The update below skips
 * the row when only the last access time moved, by less than {@link SessionClock#WRITE_GRANULARITY}: such a
 * transaction writes nothing, so its commit flushes nothing. A new session id (sign-in), a new idle limit or a new
 * principal is always written, as is every attribute change.
 * <p>
 * The store's expiry only backs up {@link SessionClock}, which keeps its own activity time (with the same
 * granularity) and ends sessions: the store keeps each signed-in session a minute longer than its idle limit,
 * so an expiry up to a few seconds early in the store never ends a session before the clock does.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    static final String UPDATE_SESSION_QUERY = """
            UPDATE %TABLE_NAME% AS S
            SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
                MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME,
                PRINCIPAL_NAME = V.PRINCIPAL_NAME
            FROM (SELECT CAST(? AS VARCHAR) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME,
                         CAST(? AS INT) AS MAX_INACTIVE_INTERVAL, CAST(? AS BIGINT) AS EXPIRY_TIME,
                         CAST(? AS VARCHAR) AS PRINCIPAL_NAME, CAST(? AS CHAR(36)) AS PRIMARY_ID) AS V
            WHERE S.PRIMARY_ID = V.PRIMARY_ID
              AND (S.SESSION_ID <> V.SESSION_ID
                   OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
                   OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
                   OR V.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= %GRANULARITY_MILLIS%)
            """.replace("%GRANULARITY_MILLIS%", String.valueOf(SessionClock.WRITE_GRANULARITY.toMillis()));

    /**
     * An attribute is written as an upsert: requests that run at the same time on one session each load it without
     * an attribute and each add it (16 parallel first requests of a new session did), and a plain {@code INSERT}
     * then failed the later ones with a duplicate key, answered with a 500. The last writer wins, as it does for an
     * attribute that changed.
     */
    static final String CREATE_SESSION_ATTRIBUTE_QUERY = """
            INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            VALUES (?, ?, ?)
            ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
            """;

    /** Runs after Spring Boot's customizer, whose table name setting resets the queries. */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> coarseLastAccessTime() {
        return repository -> {
            repository.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
            repository.setCreateSessionAttributeQuery(CREATE_SESSION_ATTRIBUTE_QUERY);
        };
    }
}
