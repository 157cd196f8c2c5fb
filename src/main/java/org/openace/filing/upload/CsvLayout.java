package org.openace.filing.upload;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The columns of an entry summary upload in CSV (README, "Uploading entry summaries"): one row per tariff ordinal,
 * each named as the field of the API's JSON form it fills. Summary columns are read from the first row of each entry
 * number (later rows of the entry leave them empty or repeat them); line columns from the first row of each line
 * number; ordinal columns from every row. Fees have a column per class: {@code mpf} (499), {@code hmf} (501) and
 * {@code otherFees} ({@code 311:2.00;...}) for the summary, the same with {@code line} before them for the line.
 */
final class CsvLayout {

    enum Level { SUMMARY, LINE, ORDINAL }

    record Column(String name, Level level, boolean required, String json) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("entryNumber", Level.SUMMARY, true, "entryNumber (on every row: it groups the rows)"),
            new Column("entryType", Level.SUMMARY, true, "entryType"),
            new Column("summaryDate", Level.SUMMARY, true, "summaryDate"),
            new Column("entryDate", Level.SUMMARY, true, "entryDate"),
            new Column("importDate", Level.SUMMARY, true, "importDate"),
            new Column("portOfEntry", Level.SUMMARY, true, "portOfEntry"),
            new Column("importerOfRecord", Level.SUMMARY, true, "importerOfRecord"),
            new Column("ultimateConsignee", Level.SUMMARY, false, "ultimateConsignee"),
            new Column("bondType", Level.SUMMARY, true, "bondType"),
            new Column("suretyCode", Level.SUMMARY, false, "suretyCode"),
            new Column("countryOfOrigin", Level.SUMMARY, true, "countryOfOrigin"),
            new Column("countryOfExport", Level.SUMMARY, true, "countryOfExport"),
            new Column("exportDate", Level.SUMMARY, true, "exportDate"),
            new Column("importingCarrier", Level.SUMMARY, true, "importingCarrier"),
            new Column("modeOfTransport", Level.SUMMARY, true, "modeOfTransport"),
            new Column("billOfLading", Level.SUMMARY, true, "billOfLading"),
            new Column("manufacturerId", Level.SUMMARY, true, "manufacturerId"),
            new Column("foreignPortOfLading", Level.SUMMARY, false, "foreignPortOfLading"),
            new Column("portOfUnlading", Level.SUMMARY, true, "portOfUnlading"),
            new Column("locationOfGoods", Level.SUMMARY, true, "locationOfGoods"),
            new Column("mpf", Level.SUMMARY, false, "summaryFees[] {classCode 499, amount}"),
            new Column("hmf", Level.SUMMARY, false, "summaryFees[] {classCode 501, amount}"),
            new Column("otherFees", Level.SUMMARY, false, "summaryFees[] {classCode, amount} for each CODE:AMOUNT, separated by ;"),
            new Column("totalEnteredValue", Level.SUMMARY, true, "totals.enteredValue"),
            new Column("totalDuty", Level.SUMMARY, true, "totals.duty"),
            new Column("totalTax", Level.SUMMARY, false, "totals.tax"),
            new Column("totalFees", Level.SUMMARY, false, "totals.fees"),
            new Column("totalOther", Level.SUMMARY, false, "totals.other"),
            new Column("lineNumber", Level.LINE, true, "lines[].lineNumber (on every row: it groups the rows of a line)"),
            new Column("lineCountryOfOrigin", Level.LINE, true, "lines[].countryOfOrigin"),
            new Column("lineManufacturerId", Level.LINE, true, "lines[].manufacturerId"),
            new Column("related", Level.LINE, false, "lines[].related (true or false; empty is false)"),
            new Column("charges", Level.LINE, false, "lines[].charges"),
            new Column("adCvdCaseNumber", Level.LINE, false, "lines[].adCvd.caseNumber"),
            new Column("adCvdRatePercent", Level.LINE, false, "lines[].adCvd.ratePercent"),
            new Column("adCvdDeposit", Level.LINE, false, "lines[].adCvd.deposit"),
            new Column("lineMpf", Level.LINE, false, "lines[].fees[] {classCode 499, amount}"),
            new Column("lineHmf", Level.LINE, false, "lines[].fees[] {classCode 501, amount}"),
            new Column("lineOtherFees", Level.LINE, false, "lines[].fees[] {classCode, amount} for each CODE:AMOUNT, separated by ;"),
            new Column("htsNumber", Level.ORDINAL, true, "lines[].ordinals[].htsNumber"),
            new Column("enteredValue", Level.ORDINAL, false, "lines[].ordinals[].enteredValue"),
            new Column("quantity1", Level.ORDINAL, false, "lines[].ordinals[].quantities[0].value"),
            new Column("unit1", Level.ORDINAL, false, "lines[].ordinals[].quantities[0].unit"),
            new Column("quantity2", Level.ORDINAL, false, "lines[].ordinals[].quantities[1].value"),
            new Column("unit2", Level.ORDINAL, false, "lines[].ordinals[].quantities[1].unit"),
            new Column("quantity3", Level.ORDINAL, false, "lines[].ordinals[].quantities[2].value"),
            new Column("unit3", Level.ORDINAL, false, "lines[].ordinals[].quantities[2].unit"),
            new Column("adValoremPercent", Level.ORDINAL, false, "lines[].ordinals[].rate.adValoremPercent"),
            new Column("perUnit", Level.ORDINAL, false, "lines[].ordinals[].rate.perUnit"),
            new Column("rateUnit", Level.ORDINAL, false, "lines[].ordinals[].rate.unit"),
            new Column("duty", Level.ORDINAL, true, "lines[].ordinals[].duty"),
            new Column("tax", Level.ORDINAL, false, "lines[].ordinals[].tax"));

    static final Map<String, Column> BY_NAME = COLUMNS.stream()
            .collect(Collectors.toMap(Column::name, c -> c, (a, b) -> a, LinkedHashMap::new));

    private CsvLayout() {
    }

    /** The required columns a header lacks, in the layout's order. */
    static List<String> missing(Set<String> header) {
        List<String> missing = new ArrayList<>();
        for (Column column : COLUMNS) {
            if (column.required() && !header.contains(column.name())) {
                missing.add(column.name());
            }
        }
        return missing;
    }

    /** The columns of a header that the layout does not know, in the header's order. */
    static List<String> unknown(List<String> header) {
        return header.stream().filter(name -> !BY_NAME.containsKey(name)).toList();
    }

    static String headerLine() {
        return COLUMNS.stream().map(Column::name).collect(Collectors.joining(","));
    }
}
