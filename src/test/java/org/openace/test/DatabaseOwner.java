package org.openace.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

/**
 * A connection as the owner of the tables (the role the migrations run as), which the portal itself never has:
 * for tests that act as an attacker with the database at hand, or that look at what the portal's role may do.
 */
public final class DatabaseOwner {

    private DatabaseOwner() {
    }

    public static Connection connect(ApplicationContext context) throws SQLException {
        Environment environment = context.getEnvironment();
        String user = environment.getProperty("spring.flyway.user");
        if (user != null) {
            String url = environment.getProperty("spring.flyway.url", environment.getProperty("spring.datasource.url"));
            return DriverManager.getConnection(url, user, environment.getProperty("spring.flyway.password", ""));
        }
        return context.getBean("databaseOwnerDataSource", DataSource.class).getConnection();
    }
}
