package org.openace.filing.upload;

import java.util.List;
import java.util.stream.Collectors;

import org.openace.filing.EntryNumber;
import org.openace.filing.FilingFixtures;
import org.openace.filing.json.FilingJson;

/** Files of entry summaries for the tests: JSON lines of the fixture's summary, and the same summary as CSV. */
final class UploadSamples {

    private UploadSamples() {
    }

    /** The fixture's valid summary on one line. */
    static String jsonLine(EntryNumber number) {
        return FilingJson.MAPPER.writeValueAsString(FilingJson.MAPPER.readTree(
                FilingFixtures.summary(number, FilingFixtures.DEMO_IMPORTER)));
    }

    /** The fixture's summary with a wrong MPF (it breaks the fee rule and the totals). */
    static String jsonLineWithWrongMpf(EntryNumber number) {
        return FilingJson.MAPPER.writeValueAsString(FilingJson.MAPPER.readTree(
                FilingFixtures.summary(number, FilingFixtures.DEMO_IMPORTER, "10000.00", "1.00")));
    }

    static String csvHeader() {
        return CsvLayout.headerLine();
    }

    /** The fixture's summary as one CSV row (one line, one ordinal), in the layout's column order. */
    static String csvRow(EntryNumber number, String hts) {
        return csvRow(number, hts, "ABCD12345678");
    }

    static String csvRow(EntryNumber number, String hts, String billOfLading) {
        List<String> values = CsvLayout.COLUMNS.stream().map(column -> switch (column.name()) {
            case "entryNumber" -> number.formatted();
            case "entryType" -> "01";
            case "summaryDate" -> "2026-09-18";
            case "entryDate" -> "2026-09-14";
            case "importDate" -> "2026-09-12";
            case "portOfEntry", "portOfUnlading" -> "0101";
            case "importerOfRecord" -> FilingFixtures.DEMO_IMPORTER;
            case "bondType" -> "8";
            case "suretyCode" -> "457";
            case "countryOfOrigin", "countryOfExport", "lineCountryOfOrigin" -> "CN";
            case "exportDate" -> "2026-08-20";
            case "importingCarrier" -> "ABCD";
            case "modeOfTransport" -> "30";
            case "billOfLading" -> billOfLading;
            case "manufacturerId", "lineManufacturerId" -> "CNSHAFAC123SHA";
            case "locationOfGoods" -> "L123";
            case "mpf", "lineMpf", "totalFees" -> "34.64";
            case "totalEnteredValue", "enteredValue" -> "10000.00";
            case "totalDuty", "duty" -> "0.00";
            case "totalTax", "totalOther" -> "0.00";
            case "lineNumber" -> "1";
            case "related" -> "false";
            case "charges" -> "120.00";
            case "htsNumber" -> hts;
            case "quantity1" -> "20";
            case "unit1" -> "NO";
            case "adValoremPercent" -> "0";
            default -> "";
        }).toList();
        return values.stream().map(v -> v.contains(",") || v.contains("\"") || v.contains("\n")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v).collect(Collectors.joining(","));
    }
}
