package org.openace.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openace.OpenAceApplication;
import org.openace.test.TestMailServer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default: the portal starts its own PostgreSQL on a data folder, migrates it, and finds its data
 * there again after a restart.
 */
class EmbeddedPostgresIntegrationTests {

    @TempDir
    Path folder;

    private ConfigurableApplicationContext start() {
        SpringApplication application = new SpringApplication(OpenAceApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setAdditionalProfiles("test");
        return application.run("--openace.database.embedded.data-directory=" + folder.resolve("postgres"),
                "--openace.database.embedded.fresh-database=false", "--openace.database.embedded.durable=true",
                "--spring.mail.port=" + TestMailServer.port(), "--spring.mail.host=127.0.0.1",
                "--logging.file.name=target/test-logs/openace-test.log");
    }

    @Test
    void dataSurvivesARestartOnTheSameFolder() {
        String marker = "restart-" + UUID.randomUUID();
        try (ConfigurableApplicationContext first = start()) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            jdbc.sql("insert into terms_version (version, title, body, published_at, published_by) "
                    + "values (2, ?, 'b', now(), 'test')").param(marker).update();
        }
        assertThat(Files.exists(folder.resolve("postgres/PG_VERSION"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select title from terms_version where version = 2").query(String.class).single())
                    .isEqualTo(marker);
            assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single())
                    .isGreaterThanOrEqualTo(5);
            assertThat(jdbc.sql("show server_version").query(String.class).single()).startsWith("18.");
        }
    }
}
