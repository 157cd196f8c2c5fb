package org.openace.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openace.OpenAceApplication;
import org.openace.platform.AdminCommand;
import org.openace.platform.cli.AdminHelp;
import org.openace.test.TestMailServer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * I3: {@code java -jar openace.jar admin create-admin ...} creates the first administrator without the web
 * interface. Runs the application the way {@code main} does for {@code admin}: no web server, the command's
 * exit code as the application's.
 */
class AdminCommandLineIntegrationTests {

    private record Run(int exitCode, String output, Map<String, AdminCommand> commands) {
    }

    private Run run(String stdin, String... args) {
        InputStream in = System.in;
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            SpringApplication application = new SpringApplication(OpenAceApplication.class);
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setAdditionalProfiles("test", "cli");
            String[] all = new String[args.length + 3];
            System.arraycopy(args, 0, all, 0, args.length);
            all[args.length] = "--spring.mail.port=" + TestMailServer.port();
            all[args.length + 1] = "--spring.mail.host=127.0.0.1";
            all[args.length + 2] = "--logging.file.name=target/test-logs/openace-test.log";
            ConfigurableApplicationContext context = application.run(all);
            Map<String, AdminCommand> commands = context.getBeansOfType(AdminCommand.class);
            int code = SpringApplication.exit(context);
            return new Run(code, captured.toString(StandardCharsets.UTF_8), commands);
        }
        finally {
            System.setIn(in);
            System.setOut(out);
        }
    }

    @Test
    void createsTheFirstAdministratorWithAPasswordFromStandardInput() {
        String username = "first.admin." + UUID.randomUUID().toString().substring(0, 8);

        Run run = run("quiet harbor ledger 3141\n", "--openace.cli.command=create-admin", "--username=" + username,
                "--name=First Administrator", "--email=" + username + "@openace.test", "--password-stdin");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("Created administrator " + username).doesNotContain("quiet harbor");
    }

    @Test
    void withoutAPasswordTheNewAdministratorIsMailedALink() {
        String username = "mailed.admin." + UUID.randomUUID().toString().substring(0, 8);

        Run run = run("", "--openace.cli.command=create-admin", "--username=" + username, "--name=Mailed Admin",
                "--email=" + username + "@openace.test");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(TestMailServer.linkPathIn(TestMailServer.awaitMessage(username + "@openace.test", 1)))
                .startsWith("/reset-password/");
    }

    @Test
    void weakPasswordIsRefusedAndNothingIsCreated() {
        String username = "weak.admin." + UUID.randomUUID().toString().substring(0, 8);

        Run run = run("password\n", "--openace.cli.command=create-admin", "--username=" + username, "--name=Weak",
                "--email=" + username + "@openace.test", "--password-stdin");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("PASSWORD_TOO_SHORT");
    }

    @Test
    void wrongUsageExplainsItselfWithExitCodeTwo() {
        Run missing = run("", "--openace.cli.command=create-admin", "--username=x");
        Run unknownOption = run("", "--openace.cli.command=create-admin", "--colour=red");
        Run unknownCommand = run("", "--openace.cli.command=make-coffee");
        Run help = run("", "--openace.cli.command=help");

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(unknownOption.exitCode()).isEqualTo(2);
        assertThat(unknownCommand.exitCode()).isEqualTo(2);
        assertThat(unknownCommand.output()).contains("create-admin");
        assertThat(help.exitCode()).isZero();
        assertThat(help.output()).contains("create-admin");
    }

    @Test
    void helpStartsNoDatabaseAndCreatesNoDataFolderAndNoKeyFile(@TempDir Path folder) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Path data = folder.resolve("postgres");
        Path keys = folder.resolve("keys/openace.keys");

        int code = OpenAceApplication.admin(new String[] {"help", "--openace.database.embedded.data-directory=" + data,
                "--openace.keys.file=" + keys}, new PrintStream(captured, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("Usage: java -jar openace.jar admin")
                .contains("verify-audit").contains("create-admin");
        assertThat(data).doesNotExist();
        assertThat(keys).doesNotExist();
        assertThat(folder.toFile().list()).as("nothing at all in the folder").isEmpty();
    }

    @Test
    void helpListsEveryCommandAsTheCommandDescribesItself() {
        Run help = run("", "--openace.cli.command=help");
        Map<String, String> described = new TreeMap<>();
        help.commands().values().forEach(c -> described.put(c.name(), c.usage()));

        assertThat(new TreeMap<>(AdminHelp.COMMANDS)).isEqualTo(described);
    }
}
