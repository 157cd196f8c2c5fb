package org.openace.notification.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskedAddressTests {

    @Test
    void keepsOnlyTheFirstLettersAndTheTopLevelDomain() {
        assertThat(MaskedAddress.of("Jane.Doe@Example.com")).isEqualTo("j***@e***.com");
    }

    @Test
    void somethingThatIsNotAnAddressIsHiddenWhole() {
        assertThat(MaskedAddress.of("not-an-address")).isEqualTo("***");
    }
}
