package org.openace.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataRedactionTests {

    @Test
    void hidesSsnAndEinShapedValues() {
        assertThat(PersonalDataRedaction.redact("ssn 123-45-6789 and ein 12-3456789."))
                .isEqualTo("ssn ***-**-**** and ein **-*******.");
    }

    @Test
    void hidesEinsWithTheirSuffixAsImporterNumbersCarryThem() {
        assertThat(PersonalDataRedaction.redact("importer 12-345678900 and 12-3456789AB"))
                .isEqualTo("importer **-******* and **-*******");
    }

    @Test
    void leavesDatesIdsAndLongerNumbersAlone() {
        String text = "at 2026-11-24T10:00:00Z id 3f2b1c9e-12ab-4cde-8f00-0123456789ab entry 123-1234567-8 1234-56-7890 12-34567890123";
        assertThat(PersonalDataRedaction.redact(text)).isEqualTo(text);
    }
}
