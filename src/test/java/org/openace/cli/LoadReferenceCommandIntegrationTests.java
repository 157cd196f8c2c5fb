package org.openace.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openace.OpenAceApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar openace.jar admin load-reference --kind=KIND --file=PATH}: loads a file, says so, and exits 0;
 * the same file again changes nothing and exits 0; a malformed file is refused with its line and exit code 1;
 * wrong usage exits 2. One application run per command, the way {@code main} runs it, on one database.
 */
class LoadReferenceCommandIntegrationTests {

    @TempDir
    static Path folder;

    private record Run(int exitCode, String output) {
    }

    private static Run run(String... args) {
        InputStream in = System.in;
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(new byte[0]));
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            SpringApplication application = new SpringApplication(OpenAceApplication.class);
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setAdditionalProfiles("test", "cli");
            String[] all = new String[args.length + 2];
            System.arraycopy(args, 0, all, 0, args.length);
            all[args.length] = "--openace.cli.command=load-reference";
            all[args.length + 1] = "--logging.file.name=target/test-logs/openace-test.log";
            ConfigurableApplicationContext context = application.run(all);
            int code = SpringApplication.exit(context);
            return new Run(code, captured.toString(StandardCharsets.UTF_8));
        }
        finally {
            System.setIn(in);
            System.setOut(out);
        }
    }

    @Test
    void loadsAFileReportsWhatItLoadedAndRefusesAMalformedOneWithItsLine() throws IOException {
        Path types = folder.resolve("entry-types.csv");
        Files.writeString(types, "Code,Name\n01,Free and Dutiable (Consumption Entries)\n11,Free and Dutiable (Informal Entries)\n");
        Path bad = folder.resolve("bad-types.csv");
        Files.writeString(bad, "Code,Name\n01,Free and Dutiable (Consumption Entries)\nX1,Broken\n");

        Run loaded = run("--kind=entry-types", "--file=" + types, "--edition=cli-test", "--effective=2024-01-01");
        Run refused = run("--kind=entry-types", "--file=" + bad, "--edition=cli-test-bad");

        assertThat(loaded.exitCode()).as(loaded.output()).isZero();
        assertThat(loaded.output()).contains("Loaded 2 rows of entry-types edition cli-test (in force from 2024-01-01)");
        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(1);
        assertThat(refused.output()).contains("bad-types.csv is refused: line 3: Code \"X1\" is not 2 digits")
                .contains("Nothing was loaded");
    }

    @Test
    void wrongUsageExplainsItselfWithExitCodeTwo() {
        Run noKind = run("--kind=tariffs", "--file=/nonexistent");
        Run noFile = run("--kind=hts", "--file=" + folder.resolve("missing.json"));
        Run badDate = run("--kind=hts", "--file=pom.xml", "--effective=1 Jan 2026");

        assertThat(noKind.exitCode()).isEqualTo(2);
        assertThat(noKind.output()).contains("Give --kind, one of hts, ports, countries");
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.output()).contains("Give --file, a readable file");
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.output()).contains("--effective must be a date");
    }
}
