package org.openace.platform.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Warns at start-up when the portal connects as a superuser or as the owner of its tables: such a role can switch
 * the audit trail's append-only triggers off. The embedded default never does; an external database does when
 * {@code spring.datasource.username} names the owner (README, "Production deployment").
 */
@Component
class DatabaseRoleCheck {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRoleCheck.class);

    private final JdbcClient jdbc;

    DatabaseRoleCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationStartedEvent.class)
    void warnIfPrivileged() {
        record Role(String name, boolean superuser, boolean owner) {
        }
        Role role = jdbc.sql("""
                select current_user as name, r.rolsuper as superuser,
                       exists (select 1 from pg_tables t where t.schemaname = 'public' and t.tableowner = current_user) as owner
                from pg_roles r where r.rolname = current_user""")
                .query((row, n) -> new Role(row.getString("name"), row.getBoolean("superuser"), row.getBoolean("owner")))
                .single();
        if (role.superuser() || role.owner()) {
            log.warn("The portal connects to PostgreSQL as {}, {}: it could switch the audit trail's append-only "
                    + "triggers off. Connect as an application role that owns nothing (spring.datasource.username) and "
                    + "run the migrations as the owner (spring.flyway.user); see README, Production deployment",
                    role.name(), role.superuser() ? "a superuser" : "the owner of the tables");
        }
    }
}
