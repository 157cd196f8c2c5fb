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

    @Test
    void analyticsCommandsBesideARunningPortalRebuildIntoANewFileItSwitchesToAndExportAFreshBuild() throws Exception {
        Path data = folder.resolve("postgres");
        Path analytics = folder.resolve("analytics");
        String[] settings = {"--openace.analytics.enabled=true", "--openace.analytics.directory=" + analytics};
        SpringApplication application = new SpringApplication(OpenAceApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setAdditionalProfiles("test");
        try (ConfigurableApplicationContext portal = application.run("--openace.database.embedded.data-directory=" + data,
                "--openace.database.embedded.fresh-database=false", "--spring.mail.port=" + TestMailServer.port(),
                "--spring.mail.host=127.0.0.1", "--logging.file.name=target/test-logs/openace-test.log", settings[0],
                settings[1])) {
            Path current = analytics.resolve("CURRENT");
            waitFor(() -> Files.exists(current), "the portal's analytics store");
            Path before = analytics.resolve(Files.readString(current).strip());

            Command rebuild = runAdmin(data, "rebuild-analytics", settings);

            assertThat(rebuild.exitCode()).as(rebuild.output()).isZero();
            assertThat(rebuild.output()).contains("Rebuilt: ");
            Path after = analytics.resolve(Files.readString(current).strip());
            assertThat(after).isNotEqualTo(before).exists();
            waitFor(() -> !Files.exists(before), "the portal switching to the rebuilt store (it deletes the old one)");

            Path export = folder.resolve("export");
            Command exported = runAdmin(data, "export-analytics", settings[0], settings[1], "--format=parquet",
                    "--to=" + export);

            assertThat(exported.exitCode()).as(exported.output()).isZero();
            assertThat(exported.output()).contains("held by a running portal: exported a store built afresh");
            assertThat(export.resolve("feed_state.parquet")).exists();
            assertThat(portal.getBean(JdbcClient.class).sql("select count(*) from audit_event "
                    + "where action in ('ANALYTICS_REBUILT', 'ANALYTICS_EXPORTED')").query(Long.class).single())
                    .isEqualTo(2);
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("within 60 s: " + what).isLessThan(end);
            Thread.sleep(100);
        }
    }

    private record Command(int exitCode, String output) {
    }

    /** Runs {@code java ... OpenAceApplication admin <command>} in a process of its own, on the test class path. */
    private Command runAdmin(Path data, String command, String... options) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> line = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                OpenAceApplication.class.getName(), "admin", command, "--spring.profiles.active=test",
                "--openace.database.embedded.data-directory=" + data,
                "--openace.database.embedded.fresh-database=false", "--spring.mail.port=" + TestMailServer.port(),
                "--spring.mail.host=127.0.0.1", "--logging.file.name=target/test-logs/openace-admin-test.log"));
        line.addAll(List.of(options));
        Path output = folder.resolve(command + ".out");
        Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new Command(-1, "did not finish: " + Files.readString(output, StandardCharsets.UTF_8));
        }
        return new Command(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }
}
