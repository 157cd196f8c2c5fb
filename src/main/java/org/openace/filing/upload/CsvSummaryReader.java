package org.openace.filing.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.openace.filing.json.FilingJson;
import org.openace.filing.json.Form7501Reader;
import org.openace.filing.validation.RuleViolation;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * CSV (RFC 4180, UTF-8, header row) in the layout of {@link CsvLayout}: the rows of one entry number, one row per
 * tariff ordinal, become one entry summary in the API's JSON form, so that the same reader and rules judge it as
 * they judge the API's. The line number of a summary is the line of the file where its first row starts.
 */
final class CsvSummaryReader implements SummaryReader {

    /** Rows one summary may have: 999 lines of 8 ordinals. */
    static final int MAX_ROWS = 999 * 8;

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(false)
            .setTrim(true)
            .get();

    private record Row(int line, CSVRecord record) {
    }

    private final @Nullable CSVParser parser;
    private final @Nullable Iterator<CSVRecord> records;
    private @Nullable Row pending;
    private boolean broken;

    CsvSummaryReader(InputStream content) {
        Reader reader = new InputStreamReader(new BomSkipping(content), StandardCharsets.UTF_8);
        CSVParser opened;
        try {
            opened = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        }
        catch (IOException | RuntimeException e) {
            opened = null;
        }
        this.parser = opened;
        this.records = opened == null ? null : opened.iterator();
    }

    /** The header's column names, as written (empty if the file has none). */
    static List<String> header(String start) {
        try (CSVParser parser = CSVParser.builder().setReader(new java.io.StringReader(stripBom(start)))
                .setFormat(FORMAT).get()) {
            return parser.getHeaderNames().stream().map(String::strip).toList();
        }
        catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    @Override
    public Optional<SummaryItem> next() {
        if (records == null || broken) {
            return Optional.empty();
        }
        List<Row> rows = new ArrayList<>();
        try {
            Row first = pending != null ? pending : nextRow();
            pending = null;
            if (first == null) {
                return Optional.empty();
            }
            rows.add(first);
            String key = cell(first.record(), "entryNumber");
            Row row;
            while ((row = nextRow()) != null) {
                if (!cell(row.record(), "entryNumber").equals(key)) {
                    pending = row;
                    break;
                }
                rows.add(row);
                if (rows.size() > MAX_ROWS) {
                    return Optional.of(tooMany(first, key));
                }
            }
        }
        catch (UncheckedIOException | IllegalStateException e) {
            broken = true;
            int line = rows.isEmpty() ? (int) lineNow() : rows.getFirst().line();
            return Optional.of(SummaryItem.unreadable(line, List.of(new RuleViolation(Form7501Reader.FORMAT, "$",
                    "The file stops being CSV after line " + lineNow() + " (a quote not closed?): nothing after it "
                            + "was read.")), null));
        }
        return Optional.of(summary(rows));
    }

    private SummaryItem tooMany(Row first, String key) {
        Row row;
        while ((row = nextRow()) != null) {
            if (!cell(row.record(), "entryNumber").equals(key)) {
                pending = row;
                break;
            }
        }
        return SummaryItem.unreadable(first.line(), List.of(new RuleViolation(Form7501Reader.FORMAT, "entryNumber",
                "Entry " + key + " has more than " + MAX_ROWS + " rows (999 lines of 8 tariff ordinals).")), key);
    }

    private @Nullable Row nextRow() {
        Objects.requireNonNull(records);
        while (true) {
            long before = lineNow();
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            if (record.size() == 1 && record.get(0).isEmpty()) {
                continue;
            }
            return new Row((int) before + 1, record);
        }
    }

    private long lineNow() {
        return parser == null ? 0 : parser.getCurrentLineNumber();
    }

    private SummaryItem summary(List<Row> rows) {
        Row first = rows.getFirst();
        String entryNumber = cell(first.record(), "entryNumber");
        List<RuleViolation> problems = new ArrayList<>();
        for (Row row : rows) {
            if (!row.record().isConsistent()) {
                problems.add(new RuleViolation(Form7501Reader.FORMAT, "$", "Line " + row.line() + " has "
                        + row.record().size() + " fields; the header has " + headerSize() + "."));
            }
        }
        if (!problems.isEmpty()) {
            return SummaryItem.unreadable(first.line(), problems, entryNumber);
        }
        ObjectNode doc = FilingJson.MAPPER.createObjectNode();
        for (CsvLayout.Column column : CsvLayout.COLUMNS) {
            if (column.level() != CsvLayout.Level.SUMMARY) {
                continue;
            }
            sameOnEveryRow(rows, column.name(), problems);
        }
        for (String name : List.of("entryNumber", "entryType", "summaryDate", "entryDate", "importDate",
                "portOfEntry", "importerOfRecord", "ultimateConsignee", "bondType", "suretyCode", "countryOfOrigin",
                "countryOfExport", "exportDate", "importingCarrier", "modeOfTransport", "billOfLading",
                "manufacturerId", "foreignPortOfLading", "portOfUnlading", "locationOfGoods")) {
            text(doc, name, cell(first.record(), name));
        }
        ArrayNode summaryFees = doc.putArray("summaryFees");
        fees(summaryFees, first.record(), "mpf", "hmf", "otherFees", first.line(), problems);
        ObjectNode totals = doc.putObject("totals");
        text(totals, "enteredValue", cell(first.record(), "totalEnteredValue"));
        text(totals, "duty", cell(first.record(), "totalDuty"));
        text(totals, "tax", cell(first.record(), "totalTax"));
        text(totals, "fees", cell(first.record(), "totalFees"));
        text(totals, "other", cell(first.record(), "totalOther"));
        ArrayNode lines = doc.putArray("lines");
        int i = 0;
        while (i < rows.size()) {
            int end = i + 1;
            String lineKey = cell(rows.get(i).record(), "lineNumber");
            while (end < rows.size() && cell(rows.get(end).record(), "lineNumber").equals(lineKey)) {
                end++;
            }
            lines.add(line(rows.subList(i, end), problems));
            i = end;
        }
        return problems.isEmpty() ? SummaryItem.of(first.line(), doc, entryNumber)
                : SummaryItem.unreadable(first.line(), problems, entryNumber);
    }

    private ObjectNode line(List<Row> rows, List<RuleViolation> problems) {
        CSVRecord first = rows.getFirst().record();
        for (CsvLayout.Column column : CsvLayout.COLUMNS) {
            if (column.level() == CsvLayout.Level.LINE) {
                sameOnEveryRow(rows, column.name(), problems);
            }
        }
        ObjectNode line = FilingJson.MAPPER.createObjectNode();
        String number = cell(first, "lineNumber");
        if (number.matches("[0-9]{1,9}")) {
            line.put("lineNumber", Integer.parseInt(number));
        }
        else {
            text(line, "lineNumber", number);
        }
        text(line, "countryOfOrigin", cell(first, "lineCountryOfOrigin"));
        text(line, "manufacturerId", cell(first, "lineManufacturerId"));
        String related = cell(first, "related").toLowerCase(Locale.ROOT);
        switch (related) {
            case "" -> { }
            case "true" -> line.put("related", true);
            case "false" -> line.put("related", false);
            default -> line.put("related", related);
        }
        text(line, "charges", cell(first, "charges"));
        String caseNumber = cell(first, "adCvdCaseNumber");
        String adCvdRate = cell(first, "adCvdRatePercent");
        String deposit = cell(first, "adCvdDeposit");
        if (!caseNumber.isEmpty() || !adCvdRate.isEmpty() || !deposit.isEmpty()) {
            ObjectNode adCvd = line.putObject("adCvd");
            text(adCvd, "caseNumber", caseNumber);
            text(adCvd, "ratePercent", adCvdRate);
            text(adCvd, "deposit", deposit);
        }
        ArrayNode ordinals = line.putArray("ordinals");
        for (Row row : rows) {
            ordinals.add(ordinal(row.record()));
        }
        fees(line.putArray("fees"), first, "lineMpf", "lineHmf", "lineOtherFees", rows.getFirst().line(), problems);
        return line;
    }

    private static ObjectNode ordinal(CSVRecord row) {
        ObjectNode ordinal = FilingJson.MAPPER.createObjectNode();
        text(ordinal, "htsNumber", cell(row, "htsNumber"));
        text(ordinal, "enteredValue", cell(row, "enteredValue"));
        ArrayNode quantities = ordinal.putArray("quantities");
        for (int k = 1; k <= 3; k++) {
            String value = cell(row, "quantity" + k);
            String unit = cell(row, "unit" + k);
            if (!value.isEmpty() || !unit.isEmpty()) {
                ObjectNode quantity = quantities.addObject();
                text(quantity, "value", value);
                text(quantity, "unit", unit);
            }
        }
        String adValorem = cell(row, "adValoremPercent");
        String perUnit = cell(row, "perUnit");
        String rateUnit = cell(row, "rateUnit");
        if (!adValorem.isEmpty() || !perUnit.isEmpty() || !rateUnit.isEmpty()) {
            ObjectNode rate = ordinal.putObject("rate");
            text(rate, "adValoremPercent", adValorem);
            text(rate, "perUnit", perUnit);
            text(rate, "unit", rateUnit);
        }
        text(ordinal, "duty", cell(row, "duty"));
        text(ordinal, "tax", cell(row, "tax"));
        return ordinal;
    }

    private static void fees(ArrayNode fees, CSVRecord row, String mpf, String hmf, String others, int line,
                             List<RuleViolation> problems) {
        fee(fees, "499", cell(row, mpf));
        fee(fees, "501", cell(row, hmf));
        String other = cell(row, others);
        if (other.isEmpty()) {
            return;
        }
        for (String pair : other.split(";")) {
            String[] parts = pair.split(":", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                problems.add(new RuleViolation(Form7501Reader.FORMAT, others, "The column " + others + " on line "
                        + line + " lists fees as CLASS:AMOUNT separated by semicolons, e.g. 311:2.00;056:10.00."));
                return;
            }
            fee(fees, parts[0].strip(), parts[1].strip());
        }
    }

    private static void fee(ArrayNode fees, String classCode, String amount) {
        if (!amount.isEmpty()) {
            ObjectNode fee = fees.addObject();
            fee.put("classCode", classCode);
            fee.put("amount", amount);
        }
    }

    private static void sameOnEveryRow(List<Row> rows, String column, List<RuleViolation> problems) {
        String value = cell(rows.getFirst().record(), column);
        for (Row row : rows.subList(1, rows.size())) {
            String other = cell(row.record(), column);
            if (!other.isEmpty() && !other.equals(value)) {
                problems.add(new RuleViolation(Form7501Reader.FORMAT, column, "The column " + column + " on line "
                        + row.line() + " differs from the first row it belongs to (line " + rows.getFirst().line()
                        + "): leave it empty or repeat it."));
                return;
            }
        }
    }

    private static void text(ObjectNode node, String name, String value) {
        if (!value.isEmpty()) {
            node.put(name, value);
        }
    }

    private static String cell(CSVRecord record, String column) {
        return record.isSet(column) ? record.get(column) : "";
    }

    private int headerSize() {
        Map<String, Integer> header = parser == null ? null : parser.getHeaderMap();
        return header == null ? 0 : header.size();
    }

    @Override
    public void close() {
        try {
            if (parser != null) {
                parser.close();
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
