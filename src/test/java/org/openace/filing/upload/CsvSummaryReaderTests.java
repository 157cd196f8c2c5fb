package org.openace.filing.upload;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openace.filing.EntryNumber;
import org.openace.filing.json.Form7501Reader;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV layout read into the API's JSON form: rows grouped by entry and line number, line numbers as in the file. */
class CsvSummaryReaderTests {

    private static final EntryNumber FIRST = EntryNumber.of("D3M", "0000001");
    private static final EntryNumber SECOND = EntryNumber.of("D3M", "0000002");

    private static List<SummaryItem> read(String csv) {
        List<SummaryItem> items = new ArrayList<>();
        try (SummaryReader reader = SummaryReader.of(UploadFormat.CSV,
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
            reader.next().ifPresent(items::add);
            while (true) {
                var next = reader.next();
                if (next.isEmpty()) {
                    break;
                }
                items.add(next.get());
            }
        }
        return items;
    }

    @Test
    void theRowsOfOneEntryAreOneSummaryAndTheNextEntryNumberStartsTheNext() {
        String csv = UploadSamples.csvHeader() + "\r\n" + UploadSamples.csvRow(FIRST, "9403.20.00.17") + "\r\n"
                + UploadSamples.csvRow(SECOND, "9403.20.00.17") + "\r\n";

        List<SummaryItem> items = read(csv);

        assertThat(items).extracting(SummaryItem::lineNumber).containsExactly(2, 3);
        assertThat(items.getFirst().document().get("entryNumber").asString()).isEqualTo(FIRST.formatted());
        assertThat(Form7501Reader.read(items.getFirst().document()).violations()).isEmpty();
        assertThat(items.getFirst().document().get("summaryFees").get(0).get("classCode").asString()).isEqualTo("499");
    }

    @Test
    void aSecondRowOfTheSameLineIsAnotherOrdinalOfThatLineAndEmptyHeaderCellsAreTheFirstRows() {
        String second = UploadSamples.csvRow(FIRST, "9903.88.03").replace(FIRST.formatted() + ",01,2026-09-18", FIRST.formatted() + ",,");
        String csv = UploadSamples.csvHeader() + "\n" + UploadSamples.csvRow(FIRST, "9403.20.00.17") + "\n" + second + "\n";

        List<SummaryItem> items = read(csv);

        assertThat(items).hasSize(1);
        var lines = items.getFirst().document().get("lines");
        assertThat(lines.size()).isEqualTo(1);
        assertThat(lines.get(0).get("ordinals").size()).isEqualTo(2);
        assertThat(lines.get(0).get("ordinals").get(1).get("htsNumber").asString()).isEqualTo("9903.88.03");
    }

    @Test
    void aQuotedFieldWithALineBreakIsOneFieldAndTheNextSummaryKeepsItsLineInTheFile() {
        String csv = UploadSamples.csvHeader() + "\n" + UploadSamples.csvRow(FIRST, "9403.20.00.17", "AB\nCD") + "\n"
                + UploadSamples.csvRow(SECOND, "9403.20.00.17") + "\n";

        List<SummaryItem> items = read(csv);

        assertThat(items).extracting(SummaryItem::lineNumber).containsExactly(2, 4);
        assertThat(items.getFirst().document().get("billOfLading").asString()).isEqualTo("AB\nCD");
    }

    @Test
    void aLaterRowThatContradictsTheEntrysFirstRowIsRefusedNamingTheColumn() {
        String other = UploadSamples.csvRow(FIRST, "9403.20.00.17").replace(",01,2026-09-18", ",02,2026-09-18");
        String csv = UploadSamples.csvHeader() + "\n" + UploadSamples.csvRow(FIRST, "9403.20.00.17") + "\n"
                + other.replace(",1,CN,", ",2,CN,") + "\n";

        List<SummaryItem> items = read(csv);

        assertThat(items).hasSize(1);
        assertThat(items.getFirst().document()).isNull();
        assertThat(items.getFirst().problems().getFirst().field()).isEqualTo("entryType");
        assertThat(items.getFirst().problems().getFirst().message()).contains("line 3");
    }

    @Test
    void aRowWithTooFewFieldsIsRefusedAndTheFollowingEntriesAreStillRead() {
        String csv = UploadSamples.csvHeader() + "\n" + FIRST.formatted() + ",01\n"
                + UploadSamples.csvRow(SECOND, "9403.20.00.17") + "\n";

        List<SummaryItem> items = read(csv);

        assertThat(items).hasSize(2);
        assertThat(items.getFirst().problems().getFirst().message()).contains("Line 2 has 2 fields");
        assertThat(items.get(1).document()).isNotNull();
    }
}
