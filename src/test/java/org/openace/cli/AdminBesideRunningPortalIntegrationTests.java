package org.openace.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
 * An {@code admin} command run beside a portal on the same data folder, in a process of its own as an operator
 * would run it, uses the portal's running PostgreSQL and never stops it.
 */
class AdminBesideRunningPortalIntegrationTests {

    @TempDir
    Path folder;

    @Test
    void verifyAuditBesideARunningPortalUsesItsDatabaseAndLeavesItRunning() throws Exception {
        Path data = folder.resolve("postgres");
        SpringApplication application = new SpringApplication(OpenAceApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setAdditionalProfiles("test");
        try (ConfigurableApplicationContext portal = application.run("--openace.database.embedded.data-directory=" + data,
                "--openace.database.embedded.fresh-database=false", "--spring.mail.port=" + TestMailServer.port(),
                "--spring.mail.host=127.0.0.1", "--logging.file.name=target/test-logs/openace-test.log")) {
            long postgres = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).getFirst().trim());

            Command verify = runAdmin(data, "verify-audit");

            assertThat(verify.exitCode()).as(verify.output()).isZero();
            assertThat(verify.output()).contains("The audit chain is intact.");
            assertThat(ProcessHandle.of(postgres).map(ProcessHandle::isAlive)).as("the portal's PostgreSQL").hasValue(true);
            assertThat(portal.getBean(JdbcClient.class).sql("select count(*) from audit_event "
                    + "where action = 'AUDIT_CHAIN_VERIFIED' and actor_name = 'system'").query(Long.class).single())
                    .as("the command worked on the portal's database, which still answers the portal").isEqualTo(1);
        }
    }

    private record Command(int exitCode, String output) {
    }

    /** Runs {@code java ... OpenAceApplication admin <command>} in a process of its own, on the test class path. */
    private Command runAdmin(Path data, String command) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> line = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                OpenAceApplication.class.getName(), "admin", command, "--spring.profiles.active=test",
                "--openace.database.embedded.data-directory=" + data,
                "--openace.database.embedded.fresh-database=false", "--spring.mail.port=" + TestMailServer.port(),
                "--spring.mail.host=127.0.0.1", "--logging.file.name=target/test-logs/openace-admin-test.log"));
        Path output = folder.resolve(command + ".out");
        Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new Command(-1, "did not finish: " + Files.readString(output, StandardCharsets.UTF_8));
        }
        return new Command(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }
}
