package org.openace.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * Creates the role the portal connects as, or brings it back to what it must be: able to sign in with the given
 * password, and nothing more (no superuser, no creating roles or databases, no replication, no bypassing row
 * security). Its rights on the tables are granted by the migrations ({@code V3_1_2__application_role.sql}).
 */
public final class ApplicationRole {

    private static final String ATTRIBUTES = "login nosuperuser nocreatedb nocreaterole noreplication nobypassrls";

    private ApplicationRole() {
    }

    /**
     * @param superuser connections of a role allowed to create roles
     * @param name      the role's name, a plain lower-case identifier
     * @param password  its password, letters, digits, {@code -} and {@code _} only (it is never logged)
     */
    public static synchronized void ensure(DataSource superuser, String name, String password) throws SQLException {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("openace.database.app-role must be a plain lower-case name: " + name);
        }
        if (!password.matches("[A-Za-z0-9_-]{16,}")) {
            throw new IllegalArgumentException("The application role's password must be 16 or more letters, digits, - or _");
        }
        try (Connection connection = superuser.getConnection(); Statement statement = connection.createStatement()) {
            try {
                statement.execute("create role " + name + " " + ATTRIBUTES + " password '" + password + "'");
            }
            catch (SQLException e) {
                if (!"42710".equals(e.getSQLState())) { // duplicate_object: it exists already
                    throw e;
                }
                statement.execute("alter role " + name + " " + ATTRIBUTES + " password '" + password + "'");
            }
        }
    }
}
