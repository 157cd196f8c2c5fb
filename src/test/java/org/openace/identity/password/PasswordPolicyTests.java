package org.openace.identity.password;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** NIST SP 800-63B 3.1.1 rules, one by one. */
class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy(new PasswordProperties(15, 128, 24, 3, "argon2id",
            19456, 2, 1, 600000, 4));

    private String violation(String password, String... context) {
        return policy.check(new PasswordCandidate(password, List.of(context))).map(PasswordViolation::code).orElse("OK");
    }

    @Test
    void fourteenCharactersAreTooFewFifteenEnough() {
        assertThat(violation("orbit cactus 91")).isEqualTo("OK");
        assertThat(violation("orbit cactus 9")).isEqualTo("PASSWORD_TOO_SHORT");
    }

    @Test
    void lengthIsCountedInCharactersNotBytes() {
        assertThat(violation("ёжик-туман-12345")).isEqualTo("OK");
        assertThat(violation("😀😀😀😀😀😀😀😀😀😀😀😀😀😀")).isEqualTo("PASSWORD_TOO_SHORT");
    }

    @Test
    void atLeastSixtyFourCharactersAreAllowedAndMoreThan128Refused() {
        String sixtyFour = "a long passphrase made of ordinary words that keeps going for 64!";
        assertThat(sixtyFour.length()).isGreaterThanOrEqualTo(64);
        assertThat(violation(sixtyFour)).isEqualTo("OK");
        assertThat(violation("x".repeat(40) + " unusual words " + "y".repeat(80))).isEqualTo("PASSWORD_TOO_LONG");
    }

    @Test
    void noCompositionRules() {
        assertThat(violation("lowercase words only here")).isEqualTo("OK");
        assertThat(violation("ЖЁЛТЫЙ ОГУРЕЦ ВИСИТ")).isEqualTo("OK");
    }

    @ParameterizedTest
    @ValueSource(strings = {"passwordpassword", "PASSWORDPASSWORD", "123456789012345", "qwertyuiopasdfgh",
            "correcthorsebatterystaple", "customsandborderprotection"})
    void commonAndBreachedPasswordsAreRefused(String password) {
        assertThat(violation(password)).isIn("PASSWORD_BLOCKLISTED", "PASSWORD_REPETITIVE");
    }

    @Test
    void blocklistHoldsMoreThanTenThousandPasswords() {
        assertThat(BlocklistRule.load().size()).isGreaterThan(10_000);
    }

    @Test
    void userIdNameAndEmailArePartsNotAllowed() {
        assertThat(violation("jsmith likes river boats", "jsmith", "john", "smith", "jsmith")).isEqualTo("PASSWORD_CONTAINS_PERSONAL_WORDS");
        assertThat(violation("lantern SMITH meadow 77", "jsmith", "john", "smith")).isEqualTo("PASSWORD_CONTAINS_PERSONAL_WORDS");
        assertThat(violation("lantern meadow river 77", "jsmith", "john", "smith")).isEqualTo("OK");
    }

    @Test
    void shortNamePartsDoNotRefuseOrdinaryWords() {
        assertThat(violation("palace orbit violin 12", "al", "li")).isEqualTo("OK");
    }

    @Test
    void repetitionAndEasyPatternsAreRefused() {
        assertThat(violation("aaaaaaaaaaaaaaaaaaaa")).isEqualTo("PASSWORD_REPETITIVE");
        assertThat(violation("abcabcabcabcabcabc")).isEqualTo("PASSWORD_REPETITIVE");
        assertThat(violation("summer2024summer2024")).isEqualTo("PASSWORD_TOO_GUESSABLE");
    }

    @Test
    void candidatesNeverShowThePassword() {
        assertThat(new PasswordCandidate("violet canyon orbit", List.of()).toString()).doesNotContain("violet");
    }
}
