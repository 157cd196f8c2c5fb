package org.openace;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text that users read comes from templates or the message bundle, not from sentences assembled in controllers: a
 * notice ({@code success}, {@code info}, {@code error}) is put in the model or the flash attributes as
 * {@code UserMessage.of(key, ...)}, and every key so named is in {@code messages.properties}.
 * <p>
 * No file is exempt: any file with a sentence literal as a notice fails.
 */
class UserTextsTests {

    /** A notice set to a string literal, or to an expression that starts with one. */
    static final Pattern ASSEMBLED_NOTICE = Pattern.compile(
            "add(?:Flash)?Attribute\\(\\s*\"(?:success|info|error)\"\\s*,\\s*(?:(?:(?!UserMessage)[^,;])*\\?\\s*)?\"");

    static final Pattern KEY = Pattern.compile("UserMessage\\.of\\(\\s*(?:[^;]*?\\?\\s*)?\"([^\"]+)\"(?:\\s*:\\s*\"([^\"]+)\")?");

    static final Path SOURCES = Path.of("src/main/java");

    @Test
    void noControllerAssemblesANotice() throws IOException {
        assertThat(assembledNotices(SOURCES)).as("files that assemble notices: name them by key with UserMessage.of")
                .isEmpty();
    }

    @Test
    void theGuardFindsASentenceAssembledInAController() {
        String careless = """
                redirect.addFlashAttribute("success", "The thing " + name + " was saved.");
                model.addAttribute("error", done ? "It failed." : other);
                redirect.addFlashAttribute("success", UserMessage.of("thing.saved", name));
                """;
        Matcher found = ASSEMBLED_NOTICE.matcher(careless);
        int count = 0;
        while (found.find()) {
            count++;
        }
        assertThat(count).isEqualTo(2);
    }

    @Test
    void everyMessageKeyANoticeNamesIsInTheBundle() throws IOException {
        Properties bundle = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"),
                StandardCharsets.UTF_8)) {
            bundle.load(reader);
        }
        int keys = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher named = KEY.matcher(Files.readString(file));
                while (named.find()) {
                    for (int group = 1; group <= 2; group++) {
                        if (named.group(group) != null) {
                            keys++;
                            assertThat(bundle.getProperty(named.group(group))).as(file + ": " + named.group(group))
                                    .isNotBlank();
                        }
                    }
                }
            }
        }
        assertThat(keys).as("keys found").isGreaterThan(10);
    }

    static Map<String, Integer> assembledNotices(Path root) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher found = ASSEMBLED_NOTICE.matcher(Files.readString(file));
                while (found.find()) {
                    counts.merge(root.relativize(file).toString().replace('\\', '/'), 1, Integer::sum);
                }
            }
        }
        return counts;
    }
}
