package org.openace.agency;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Programs typed one to a line (code | name | HTS), and what an agreement with programs covers. */
class AgencyProgramsTests {

    @Test
    void programsAreReadOneToALineBlankLinesSkippedCodesUpperCased() {
        AgencyPrograms.Reading reading = AgencyPrograms.read(" foo | Foods | 03, 04, 0302\n\nDRU|Drugs|30\n");
        assertThat(reading).isEqualTo(new AgencyPrograms.Reading.Read(List.of(
                new AgencyProgram("FOO", "Foods", List.of("03", "04")),
                new AgencyProgram("DRU", "Drugs", List.of("30")))));
        assertThat(AgencyPrograms.shown(((AgencyPrograms.Reading.Read) reading).programs()))
                .isEqualTo("FOO | Foods | 03, 04\nDRU | Drugs | 30");
        assertThat(AgencyPrograms.read("")).isEqualTo(new AgencyPrograms.Reading.Read(List.of()));
    }

    @Test
    void aLineThatCannotBeReadIsNamedWithWhatItShouldBe() {
        assertThat(AgencyPrograms.read("FOO Foods 03")).isInstanceOfSatisfying(AgencyPrograms.Reading.Refused.class,
                r -> assertThat(r.line()).isEqualTo(1));
        assertThat(AgencyPrograms.read("FOO | Foods | 03\nF | Short | 04"))
                .isInstanceOfSatisfying(AgencyPrograms.Reading.Refused.class, r -> {
                    assertThat(r.line()).isEqualTo(2);
                    assertThat(r.message()).contains("2 to 10 capital letters or digits");
                });
        assertThat(AgencyPrograms.read("FOO | Foods | 3")).isInstanceOfSatisfying(
                AgencyPrograms.Reading.Refused.class, r -> assertThat(r.message()).contains("\"3\" is not"));
        assertThat(AgencyPrograms.read("FOO |  | 03")).isInstanceOfSatisfying(
                AgencyPrograms.Reading.Refused.class, r -> assertThat(r.message()).contains("program's name"));
        assertThat(AgencyPrograms.read("FOO | Foods | ")).isInstanceOfSatisfying(
                AgencyPrograms.Reading.Refused.class, r -> assertThat(r.message()).contains("name the HTS"));
        assertThat(AgencyPrograms.read("FOO | Foods | 03\nFOO | Again | 04")).isInstanceOfSatisfying(
                AgencyPrograms.Reading.Refused.class, r -> assertThat(r.message()).contains("listed twice"));
    }

    @Test
    void anAgreementCoversWhatItsProgramsCoverAndNamesTheProgram() {
        AgencyProgram lacey = new AgencyProgram("ALC", "Lacey Act", List.of("9403"));
        AgencyAgreement agreement = new AgencyAgreement("APHIS", "Animal and Plant Health Inspection Service",
                List.of("01", "9403"), List.of(lacey), false, true);
        assertThat(agreement.covers("9403200017")).isTrue();
        assertThat(agreement.covers("9401000000")).isFalse();
        assertThat(agreement.overlaps("94")).isTrue();
        assertThat(agreement.programOf("9403200017")).contains(lacey);
        assertThat(agreement.programOf("0101210010")).isEmpty();
        assertThat(new AgencyAgreement("FDA", "Food and Drug Administration", List.of("03")).holdAuthority())
                .isFalse();
    }
}
