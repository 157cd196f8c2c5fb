package org.openace.privacy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openace.privacy.TaxIdentifier.Kind.CBP_ASSIGNED;
import static org.openace.privacy.TaxIdentifier.Kind.EIN;
import static org.openace.privacy.TaxIdentifier.Kind.SSN;

class TaxIdentifierTests {

    @Test
    void einsGetTheirSuffixAndAreMaskedButForTheLastFour() {
        TaxIdentifier plain = TaxIdentifier.parse(EIN, "12-3456789").orElseThrow();
        TaxIdentifier suffixed = TaxIdentifier.parse(EIN, "12-3456789-AB").orElseThrow();

        assertThat(plain.value()).isEqualTo("12-345678900");
        assertThat(suffixed.value()).isEqualTo("12-3456789AB");
        assertThat(suffixed.masked()).isEqualTo("**-*****89AB");
        assertThat(suffixed.toString()).doesNotContain("34567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"00-1234567", "07-1234567", "12-345678", "12-34567890O", "12-3456789IZ", "1234567890",
            "ab-cdefghi", ""})
    void invalidEinsAreRefused(String typed) {
        assertThat(TaxIdentifier.parse(EIN, typed)).isEmpty();
    }

    @Test
    void ssnsAreCheckedForNumbersNeverIssuedAndMasked() {
        TaxIdentifier ssn = TaxIdentifier.parse(SSN, "123 45 6789".replace(" ", "-")).orElseThrow();

        assertThat(ssn.masked()).isEqualTo("***-**-6789");
        assertThat(ssn.toString()).isEqualTo("SSN[***-**-6789]");
        assertThat(TaxIdentifier.parse(SSN, "000-12-3456")).isEmpty();
        assertThat(TaxIdentifier.parse(SSN, "666-12-3456")).isEmpty();
        assertThat(TaxIdentifier.parse(SSN, "912-12-3456")).isEmpty();
        assertThat(TaxIdentifier.parse(SSN, "123-00-3456")).isEmpty();
        assertThat(TaxIdentifier.parse(SSN, "123-45-0000")).isEmpty();
    }

    @Test
    void customsAssignedNumbersAreNotPersonalData() {
        TaxIdentifier cbp = TaxIdentifier.parse(CBP_ASSIGNED, "262704-ab123").orElseThrow();

        assertThat(cbp.value()).isEqualTo("262704-AB123");
        assertThat(cbp.masked()).isEqualTo("262704-AB123");
        assertThat(cbp.kind().isPersonalData()).isFalse();
        assertThat(TaxIdentifier.parse(CBP_ASSIGNED, "26270-AB123")).isEmpty();
    }
}
