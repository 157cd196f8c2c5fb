package org.openace.filing.json;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openace.filing.Form7501;
import org.openace.filing.SampleForms;
import org.openace.filing.validation.RuleViolation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class Form7501JsonTests {

    @Test
    void aFormWrittenInFullReadsBackEqual() {
        Form7501 form = SampleForms.builder().lines(SampleForms.line(1), SampleForms.line(2)).build();

        ObjectNode written = Form7501Writer.write(form, Form7501Writer.ImporterNumbers.FULL);

        assertThat(Form7501Reader.read(written).form()).isEqualTo(form);
    }

    @Test
    void theStoredDocumentLeavesTheImporterNumbersOutAndTheShownOneMasksThem() {
        Form7501 form = SampleForms.builder()
                .importer(org.openace.reference.ImporterNumber.parse(SampleForms.SSN_IMPORTER).orElseThrow()).build();

        String stored = Form7501Writer.write(form, Form7501Writer.ImporterNumbers.LEFT_OUT).toString();
        String shown = Form7501Writer.write(form, Form7501Writer.ImporterNumbers.MASKED).toString();

        assertThat(stored).doesNotContain("importerOfRecord").doesNotContain(SampleForms.SSN_IMPORTER);
        assertThat(shown).contains("importerOfRecord").doesNotContain(SampleForms.SSN_IMPORTER);
    }

    @Test
    void amountsAreReadExactlyFromNumbersAndStrings() {
        ObjectNode doc = Form7501Writer.write(SampleForms.form(), Form7501Writer.ImporterNumbers.FULL);
        JsonNode parsed = FilingJson.MAPPER.readTree(doc.toString().replace("\"charges\":\"850.00\"", "\"charges\":850.10"));

        Form7501 form = Form7501Reader.read(parsed).form();

        assertThat(form).isNotNull();
        assertThat(form.lines().getFirst().charges().amount()).isEqualByComparingTo("850.10");
    }

    @Test
    void everyFieldInErrorIsReportedWithItsPathAndNoImporterNumberIsRepeated() {
        ObjectNode doc = Form7501Writer.write(SampleForms.form(), Form7501Writer.ImporterNumbers.FULL);
        doc.put("entryNumber", "ABC-1234567-9");
        doc.put("importerOfRecord", "77-55");
        doc.remove("portOfEntry");
        ((ObjectNode) doc.get("lines").get(0).get("ordinals").get(0)).put("duty", "1.234");

        Form7501Reader.Reading reading = Form7501Reader.read(doc);

        assertThat(reading.form()).isNull();
        List<String> fields = reading.violations().stream().map(RuleViolation::field).toList();
        assertThat(fields).contains("entryNumber", "importerOfRecord", "portOfEntry", "lines[0].ordinals[0].duty");
        assertThat(reading.violations()).filteredOn(v -> v.field().equals("portOfEntry"))
                .extracting(RuleViolation::code).containsOnly(Form7501Reader.REQUIRED);
        assertThat(reading.violations()).extracting(RuleViolation::message).noneMatch(m -> m.contains("77-55"));
    }

    @Test
    void somethingOtherThanAnObjectIsRefused() {
        assertThat(Form7501Reader.read(FilingJson.MAPPER.readTree("[1]")).violations())
                .extracting(RuleViolation::code).containsExactly(Form7501Reader.FORMAT);
    }
}
