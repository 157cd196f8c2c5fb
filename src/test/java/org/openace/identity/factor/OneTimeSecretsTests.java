package org.openace.identity.factor;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OneTimeSecretsTests {

    @Test
    void linkTokensCarry256BitsAndDoNotRepeat() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String token = OneTimeSecrets.linkToken();
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            tokens.add(token);
        }
        assertThat(tokens).hasSize(10_000);
    }

    @Test
    void numericCodesHaveTheAskedDigitsAndUseAllOfThem() {
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = OneTimeSecrets.numericCode(6);
            assertThat(code).matches("\\d{6}");
            code.chars().forEach(c -> seen.add((char) c));
        }
        assertThat(seen).hasSize(10);
    }

    @Test
    void recoveryCodesAvoidLookAlikeLetters() {
        for (int i = 0; i < 1000; i++) {
            assertThat(OneTimeSecrets.recoveryCode()).matches("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
        }
    }
}
