package org.openace.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValueObjectsTests {

    @Test
    void userIdsAreNormalizedToLowerCaseAndCheckedForForm() {
        assertThat(Username.parse("  J.Smith-2 ")).hasValue(new Username("j.smith-2"));
        assertThat(Username.parse("ab")).isEmpty();
        assertThat(Username.parse("-leading")).isEmpty();
        assertThat(Username.parse("has space")).isEmpty();
        assertThat(Username.parse("x".repeat(65))).isEmpty();
        assertThat(Username.parse("robert'); drop table app_user;--")).isEmpty();
        assertThatThrownBy(() -> new Username("Upper")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emailAddressesAreCheckedAndMaskedForDisplay() {
        assertThat(EmailAddress.parse("jane.doe@example.com")).isPresent();
        assertThat(EmailAddress.parse("jane@localhost")).isEmpty();
        assertThat(EmailAddress.parse("no-at-sign.example.com")).isEmpty();
        assertThat(EmailAddress.parse("a@b.c\r\nBcc: x@y.z")).isEmpty();
        assertThat(new EmailAddress("jane.doe@example.com").masked()).isEqualTo("j***@example.com");
        assertThat(new EmailAddress("jane.doe@example.com").toString()).doesNotContain("jane.doe");
    }
}
