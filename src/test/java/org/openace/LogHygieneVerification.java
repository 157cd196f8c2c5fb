package org.openace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openace.platform.PersonalDataRedaction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SECURITY.md "Personal data in logs": after every other test of the build has run (this class runs in a Failsafe
 * execution of its own, the last one), no log of the whole test run holds an SSN-shaped string: the portal's log
 * file and every test's captured output, unit and integration alike. Tests feed SSN-shaped values to the portal
 * on purpose ({@code PersonalDataInLogsIntegrationTests}, the malformed-request test).
 */
class LogHygieneVerification {

    static List<String> findSsnShapes(List<Path> roots) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).filter(LogHygieneVerification::isLog).toList()) {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
                    for (int i = 0; i < lines.size(); i++) {
                        if (PersonalDataRedaction.containsSsnShape(lines.get(i))) {
                            found.add(file + ":" + (i + 1));
                        }
                    }
                }
            }
        }
        return found;
    }

    private static boolean isLog(Path file) {
        String name = file.getFileName().toString();
        return (name.endsWith(".log") || name.endsWith("-output.txt") || name.endsWith(".txt"))
                && !name.startsWith("org.openace.LogHygieneVerification");
    }

    @Test
    void theScannerFindsAnSsnShapeWhereThereIsOne() throws IOException {
        Path folder = Files.createTempDirectory("log-scan");
        Files.writeString(folder.resolve("planted.log"), "{\"message\":\"user typed 078-05-1120 here\"}\n");
        Files.writeString(folder.resolve("clean.log"), "{\"message\":\"trace 2026-11-24 id 123e4567-e89b-12d3\"}\n");

        assertThat(findSsnShapes(List.of(folder))).hasSize(1).allMatch(line -> line.endsWith("planted.log:1"));
    }

    @Test
    void noLogOfTheTestRunHoldsAnSsnShapedString() throws IOException {
        List<Path> logs = List.of(Path.of("target/test-logs"), Path.of("target/surefire-reports"),
                Path.of("target/failsafe-reports"));
        assertThat(Files.exists(Path.of("target/test-logs/openace-test.log")))
                .as("the portal wrote its test log").isTrue();

        assertThat(findSsnShapes(logs)).as("log lines with SSN-shaped strings").isEmpty();
    }
}
