package org.openace.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit console names every action in words: each action code the code base records has a text
 * {@code audit.action.<CODE>} in the message bundle. The codes are found in the sources: literals in the first
 * argument of {@code AuditRecord.of(...)}, the {@code ACTION} constants and {@code action} variables handed to it, and
 * literals passed to the audit helpers that forward an action ({@code AccountAudit}, {@code AdminAudit}).
 */
class AuditActionsNamedTests {

    private static final String CODE = "\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"";
    private static final Pattern FIRST_ARGUMENT = Pattern.compile("AuditRecord\\.of\\(\\s*([^,]*),");
    private static final Pattern LITERAL = Pattern.compile(CODE);
    private static final Pattern CONSTANT = Pattern.compile("String\\s+(?:ACTION\\w*|action)\\s*=\\s*([^;]*);");
    private static final Pattern HELPER = Pattern.compile("(?:AccountAudit|AdminAudit)\\.\\w+\\(\\s*(?:audit,\\s*)?" + CODE);

    @Test
    void everyRecordedActionHasAReadableName() throws IOException {
        Set<String> codes = actionCodes(Path.of("src/main/java"));
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
            messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }

        assertThat(codes).as("action codes found in the sources").hasSizeGreaterThan(40)
                .contains("USER_CREATED", "SIGN_IN", "AUDIT_CHAIN_VERIFIED", "USER_UNLOCKED", "SUB_ACCOUNT_APPROVED");
        assertThat(codes.stream().filter(code -> messages.getProperty("audit.action." + code) == null).toList())
                .as("action codes without a text audit.action.<CODE> in messages.properties").isEmpty();
    }

    @Test
    void theScanFindsCodesInEveryFormTheSourcesUse() throws IOException {
        Path folder = Files.createTempDirectory("audit-actions");
        Files.writeString(folder.resolve("Sample.java"), """
                class Sample {
                    static final String ACTION = "THING_LOCKED";
                    void a() { audit.record(AuditRecord.of(ok ? "THING_MADE" : "THING_REFUSED", AuditOutcome.SUCCESS)); }
                    void b() { String action = post ? "KEY_ADDED" : "KEY_REMOVED"; }
                    void c() { AccountAudit.refusalsAudited(audit,
                            "ROLE_CHANGED", actor, "USER", user); }
                }
                """);

        assertThat(actionCodes(folder)).containsExactlyInAnyOrder("THING_LOCKED", "THING_MADE", "THING_REFUSED",
                "KEY_ADDED", "KEY_REMOVED", "ROLE_CHANGED");
    }

    static Set<String> actionCodes(Path sources) throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                collect(FIRST_ARGUMENT.matcher(text), codes);
                collect(CONSTANT.matcher(text), codes);
                Matcher helper = HELPER.matcher(text);
                while (helper.find()) {
                    codes.add(helper.group(1));
                }
            }
        }
        return codes;
    }

    private static void collect(Matcher expressions, Set<String> codes) {
        while (expressions.find()) {
            Matcher literal = LITERAL.matcher(expressions.group(1));
            while (literal.find()) {
                codes.add(literal.group(1));
            }
        }
    }
}
