package org.openace.identity.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses passwords found in lists of common and breached passwords: the 30,000 most common passwords of the
 * zxcvbn project's dictionary (from leaked password corpora) and the portal's own list of long passwords seen
 * in breaches and of words of this domain. Compared without regard to case.
 */
final class BlocklistRule implements PasswordRule {

    static final String ZXCVBN_PASSWORDS = "com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";
    static final String OWN_LIST = "identity/password-blocklist.txt";

    private final Set<String> blocked;

    private BlocklistRule(Set<String> blocked) {
        this.blocked = Set.copyOf(blocked);
    }

    static BlocklistRule load() {
        Set<String> words = new HashSet<>(40_000);
        read(ZXCVBN_PASSWORDS, words);
        read(OWN_LIST, words);
        return new BlocklistRule(words);
    }

    int size() {
        return blocked.size();
    }

    private static void read(String resource, Set<String> into) {
        ClassLoader loader = BlocklistRule.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The password blocklist " + resource + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    into.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<PasswordViolation> check(PasswordCandidate candidate) {
        String lower = candidate.password().toLowerCase(Locale.ROOT);
        if (blocked.contains(lower) || blocked.contains(lower.strip())) {
            return Optional.of(new PasswordViolation("PASSWORD_BLOCKLISTED",
                    "This password is on a list of common or breached passwords. Choose another."));
        }
        return Optional.empty();
    }
}
