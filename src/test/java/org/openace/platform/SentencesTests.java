package org.openace.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTests {

    @Test
    void aTitleInASentenceKeepsItsAcronymsInCapitals() {
        assertThat(Sentences.inSentence("Facility or FTZ operator")).isEqualTo("facility or FTZ operator");
        assertThat(Sentences.inSentence("Entries under review and CBP forms")).isEqualTo("entries under review and CBP forms");
        assertThat(Sentences.inSentence("Customs broker")).isEqualTo("customs broker");
    }

    @Test
    void aTitleStartingWithAnAcronymStaysAsItIs() {
        assertThat(Sentences.inSentence("FIRMS code")).isEqualTo("FIRMS code");
        assertThat(Sentences.inSentence("SCAC")).isEqualTo("SCAC");
        assertThat(Sentences.inSentence("")).isEmpty();
    }

    @Test
    void aSentenceEndingInANameWithItsOwnFullStopHasOneFullStop() {
        assertThat(Sentences.endingWith("Access is offered to Acme Inc.")).isEqualTo("Access is offered to Acme Inc.");
        assertThat(Sentences.endingWith("Access is offered to Acme LLC")).isEqualTo("Access is offered to Acme LLC.");
    }
}
