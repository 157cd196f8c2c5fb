package org.openace.filing.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.openace.account.PortCode;
import org.openace.filing.AdCvdDeposit;
import org.openace.filing.BondType;
import org.openace.filing.DutyRate;
import org.openace.filing.EntryLine;
import org.openace.filing.EntryNumber;
import org.openace.filing.Fee;
import org.openace.filing.Form7501;
import org.openace.filing.ModeOfTransport;
import org.openace.filing.Money;
import org.openace.filing.Quantity;
import org.openace.filing.SummaryTotals;
import org.openace.filing.TariffOrdinal;
import org.openace.filing.UnitOfQuantity;
import org.openace.filing.validation.RuleViolation;
import org.openace.reference.AdCvdCaseNumber;
import org.openace.reference.CountryCode;
import org.openace.reference.EntryTypeCode;
import org.openace.reference.FeeClassCode;
import org.openace.reference.HtsNumber;
import org.openace.reference.ImporterNumber;

import tools.jackson.databind.JsonNode;

/**
 * Reads an entry summary in the API's JSON form ({@code /api/openapi.yaml}, schema {@code EntrySummary}) into a
 * {@link Form7501}, reporting every field that is missing or not in its format at once, each with the path of the
 * field ({@code lines[2].ordinals[1].duty}) and one of two codes: {@value #REQUIRED} or {@value #FORMAT}. Amounts
 * and rates are read as exact decimals from JSON numbers or strings; fields it does not know are ignored. The
 * messages never repeat an importer number.
 */
public final class Form7501Reader {

    public static final String REQUIRED = "E001_REQUIRED";
    public static final String FORMAT = "E002_FORMAT";
    static final int MAX_LINES = 999;
    static final int MAX_ORDINALS = 8;

    /** What was read: the form, or the fields in error (never both). */
    public record Reading(@Nullable Form7501 form, List<RuleViolation> violations) {

        public Optional<Form7501> asForm() {
            return Optional.ofNullable(form);
        }
    }

    /** The field formats, compiled once (the reader runs for every summary filed). */
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,6})?");

    private final List<RuleViolation> violations = new ArrayList<>();

    private Form7501Reader() {
    }

    public static Reading read(JsonNode document) {
        Form7501Reader reader = new Form7501Reader();
        Form7501 form = reader.form(document);
        return reader.violations.isEmpty() && form != null
                ? new Reading(form, List.of())
                : new Reading(null, List.copyOf(reader.violations));
    }

    private @Nullable Form7501 form(JsonNode doc) {
        if (doc == null || !doc.isObject()) {
            violations.add(new RuleViolation(FORMAT, "$", "An entry summary is a JSON object."));
            return null;
        }
        EntryNumber entryNumber = required(doc, "entryNumber", EntryNumber::tryParse,
                "an entry number: filer code, 7 digits and check digit, e.g. ABC-1234567-0");
        EntryTypeCode entryType = required(doc, "entryType", EntryTypeCode::parse, "a 2-digit entry type code, e.g. 01");
        LocalDate summaryDate = date(doc, "summaryDate");
        LocalDate entryDate = date(doc, "entryDate");
        LocalDate importDate = date(doc, "importDate");
        PortCode port = required(doc, "portOfEntry", PortCode::parse, "a 4-digit Schedule D port code, e.g. 2704");
        ImporterNumber importer = required(doc, "importerOfRecord", ImporterNumber::parse,
                "an importer number: IRS number with suffix (12-3456789AB), Social Security number or customs-assigned number");
        ImporterNumber consignee = optional(doc, "ultimateConsignee", ImporterNumber::parse,
                "an importer number: IRS number with suffix (12-3456789AB), Social Security number or customs-assigned number");
        BondType bond = required(doc, "bondType", BondType::ofCode, "a bond type code: 0, 8 or 9");
        String surety = optionalText(doc, "suretyCode", "[0-9]{3}", "a 3-digit surety code");
        CountryCode origin = required(doc, "countryOfOrigin", CountryCode::parse, "a 2-letter ISO country code");
        CountryCode export = required(doc, "countryOfExport", CountryCode::parse, "a 2-letter ISO country code");
        LocalDate exportDate = date(doc, "exportDate");
        String carrier = text(doc, "importingCarrier", "[0-9A-Z]{2,4}", "a 2 to 4 character carrier code (SCAC or IATA)");
        ModeOfTransport mode = required(doc, "modeOfTransport", ModeOfTransport::ofCode,
                "a 2-digit mode of transport code, e.g. 11 (vessel, container) or 40 (air)");
        String bill = text(doc, "billOfLading", "[0-9A-Z]{1,50}", "1 to 50 letters or digits");
        String manufacturer = text(doc, "manufacturerId", "[0-9A-Z]{1,15}", "a manufacturer ID of up to 15 letters or digits");
        String foreignPort = optionalText(doc, "foreignPortOfLading", "[0-9]{5}", "a 5-digit Schedule K code");
        PortCode unlading = required(doc, "portOfUnlading", PortCode::parse, "a 4-digit Schedule D port code");
        String location = text(doc, "locationOfGoods", "[0-9A-Z]{1,20}", "a FIRMS code or location of up to 20 characters");
        List<EntryLine> lines = lines(doc);
        List<Fee> fees = fees(doc.get("summaryFees"), "summaryFees");
        SummaryTotals totals = totals(doc);
        if (bond != null && bond.needsSurety() && surety == null && violations.stream().noneMatch(v -> v.field().equals("suretyCode"))) {
            violations.add(new RuleViolation(REQUIRED, "suretyCode", "A bond of type " + bond.code()
                    + " needs its 3-digit surety code (suretyCode)."));
        }
        if (!violations.isEmpty()) {
            return null;
        }
        try {
            return new Form7501(entryNumber, entryType, summaryDate, entryDate, importDate, port, importer, consignee,
                    bond, surety, origin, export, exportDate, carrier, mode, bill, manufacturer,
                    foreignPort == null ? "" : foreignPort, unlading, location, lines, fees, totals);
        }
        catch (IllegalArgumentException | NullPointerException e) {
            violations.add(new RuleViolation(FORMAT, "$", "The entry summary is not complete: " + e.getMessage() + "."));
            return null;
        }
    }

    private List<EntryLine> lines(JsonNode doc) {
        JsonNode lines = doc.get("lines");
        if (lines == null || lines.isNull() || (lines.isArray() && lines.isEmpty())) {
            violations.add(new RuleViolation(REQUIRED, "lines", "An entry summary has at least one line (lines)."));
            return List.of();
        }
        if (!lines.isArray()) {
            violations.add(new RuleViolation(FORMAT, "lines", "The lines (lines) are a JSON array."));
            return List.of();
        }
        if (lines.size() > MAX_LINES) {
            violations.add(new RuleViolation(FORMAT, "lines", "An entry summary has at most " + MAX_LINES
                    + " lines, not " + lines.size() + "."));
            return List.of();
        }
        List<EntryLine> read = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            EntryLine line = line(lines.get(i), "lines[" + i + "]");
            if (line != null) {
                read.add(line);
            }
        }
        return read;
    }

    private @Nullable EntryLine line(JsonNode node, String path) {
        if (!node.isObject()) {
            violations.add(new RuleViolation(FORMAT, path, "Each line (" + path + ") is a JSON object."));
            return null;
        }
        int before = violations.size();
        Integer number = integer(node, path + ".lineNumber", node.get("lineNumber"), 1, 9999);
        CountryCode origin = required(node, path, "countryOfOrigin", CountryCode::parse, "a 2-letter ISO country code");
        String manufacturer = text(node, path, "manufacturerId", "[0-9A-Z]{1,15}", "a manufacturer ID of up to 15 letters or digits");
        Boolean related = bool(node, path + ".related");
        Money charges = moneyOrZero(node.get("charges"), path + ".charges");
        List<TariffOrdinal> ordinals = ordinals(node.get("ordinals"), path + ".ordinals");
        AdCvdDeposit adCvd = adCvd(node.get("adCvd"), path + ".adCvd");
        List<Fee> fees = fees(node.get("fees"), path + ".fees");
        if (violations.size() > before) {
            return null;
        }
        try {
            return new EntryLine(number, origin, manufacturer, related, charges, ordinals, adCvd, fees);
        }
        catch (IllegalArgumentException | NullPointerException e) {
            violations.add(new RuleViolation(FORMAT, path, e.getMessage() + "."));
            return null;
        }
    }

    private List<TariffOrdinal> ordinals(@Nullable JsonNode node, String path) {
        if (node == null || node.isNull() || (node.isArray() && node.isEmpty())) {
            violations.add(new RuleViolation(REQUIRED, path, "Each line has its tariff ordinals (" + path + ")."));
            return List.of();
        }
        if (!node.isArray() || node.size() > MAX_ORDINALS) {
            violations.add(new RuleViolation(FORMAT, path, "The tariff ordinals (" + path + ") are a JSON array of 1 to "
                    + MAX_ORDINALS + "."));
            return List.of();
        }
        List<TariffOrdinal> read = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode o = node.get(i);
            if (!o.isObject()) {
                violations.add(new RuleViolation(FORMAT, at, "Each tariff ordinal (" + at + ") is a JSON object."));
                continue;
            }
            int before = violations.size();
            HtsNumber hts = required(o, at, "htsNumber", HtsNumber::parse,
                    "an HTS number of 8 or 10 digits, with or without dots (6109.10.0012)");
            Money value = moneyOrZero(o.get("enteredValue"), at + ".enteredValue");
            List<Quantity> quantities = quantities(o.get("quantities"), at + ".quantities");
            DutyRate rate = rate(o.get("rate"), at + ".rate");
            Money duty = money(o.get("duty"), at + ".duty");
            Money tax = moneyOrZero(o.get("tax"), at + ".tax");
            if (violations.size() > before) {
                continue;
            }
            try {
                read.add(new TariffOrdinal(hts, value, quantities, rate, duty, tax));
            }
            catch (IllegalArgumentException | NullPointerException e) {
                violations.add(new RuleViolation(FORMAT, at, e.getMessage() + "."));
            }
        }
        return read;
    }

    private List<Quantity> quantities(@Nullable JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray() || node.size() > 3) {
            violations.add(new RuleViolation(FORMAT, path, "The quantities (" + path + ") are a JSON array of at most 3."));
            return List.of();
        }
        List<Quantity> read = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode q = node.get(i);
            BigDecimal value = decimal(q.get("value"), at + ".value", true);
            UnitOfQuantity unit = required(q, at, "unit", UnitOfQuantity::parse, "a unit code such as KG, NO or DOZ");
            if (value != null && unit != null) {
                if (value.signum() < 0) {
                    violations.add(new RuleViolation(FORMAT, at + ".value", "A quantity (" + at + ".value) is not negative."));
                }
                else {
                    read.add(new Quantity(value, unit));
                }
            }
        }
        return read;
    }

    private @Nullable DutyRate rate(@Nullable JsonNode node, String path) {
        if (node == null || node.isNull()) {
            violations.add(new RuleViolation(REQUIRED, path, "Each tariff ordinal has its duty rate (" + path + ")."));
            return null;
        }
        if (!node.isObject()) {
            violations.add(new RuleViolation(FORMAT, path, "The duty rate (" + path
                    + ") is an object: {\"adValoremPercent\": \"6.8\"}, with perUnit and unit for a specific rate."));
            return null;
        }
        BigDecimal adValorem = node.has("adValoremPercent") ? decimal(node.get("adValoremPercent"), path + ".adValoremPercent", true)
                : BigDecimal.ZERO;
        BigDecimal perUnit = node.has("perUnit") && !node.get("perUnit").isNull()
                ? decimal(node.get("perUnit"), path + ".perUnit", true) : null;
        UnitOfQuantity unit = optional(node, path, "unit", UnitOfQuantity::parse, "a unit code such as KG");
        if (adValorem == null || (node.has("perUnit") && !node.get("perUnit").isNull() && perUnit == null)) {
            return null;
        }
        try {
            return new DutyRate(adValorem, perUnit, unit);
        }
        catch (IllegalArgumentException e) {
            violations.add(new RuleViolation(FORMAT, path, e.getMessage() + " (" + path + ")."));
            return null;
        }
    }

    private @Nullable AdCvdDeposit adCvd(@Nullable JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            violations.add(new RuleViolation(FORMAT, path, "The AD/CVD deposit (" + path + ") is a JSON object."));
            return null;
        }
        AdCvdCaseNumber caseNumber = required(node, path, "caseNumber", AdCvdCaseNumber::parse,
                "an AD/CVD case number: A or C, 3 digits of country, 3 of case, e.g. A-570-016-000");
        BigDecimal rate = decimal(node.get("ratePercent"), path + ".ratePercent", true);
        Money deposit = money(node.get("deposit"), path + ".deposit");
        if (caseNumber == null || rate == null || deposit == null) {
            return null;
        }
        try {
            return new AdCvdDeposit(caseNumber, rate, deposit);
        }
        catch (IllegalArgumentException e) {
            violations.add(new RuleViolation(FORMAT, path, e.getMessage() + " (" + path + ")."));
            return null;
        }
    }

    private List<Fee> fees(@Nullable JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            violations.add(new RuleViolation(FORMAT, path, "The fees (" + path + ") are a JSON array."));
            return List.of();
        }
        List<Fee> read = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode f = node.get(i);
            FeeClassCode code = required(f, at, "classCode", FeeClassCode::parse, "a 3-digit fee class code, e.g. 499");
            Money amount = money(f.get("amount"), at + ".amount");
            if (code != null && amount != null) {
                if (amount.isNegative()) {
                    violations.add(new RuleViolation(FORMAT, at + ".amount", "A fee (" + at + ".amount) is not negative."));
                }
                else {
                    read.add(new Fee(code, amount));
                }
            }
        }
        return read;
    }

    private @Nullable SummaryTotals totals(JsonNode doc) {
        JsonNode node = doc.get("totals");
        if (node == null || !node.isObject()) {
            violations.add(new RuleViolation(REQUIRED, "totals", "An entry summary declares its totals (totals: "
                    + "enteredValue, duty, tax, fees, other)."));
            return null;
        }
        Money entered = money(node.get("enteredValue"), "totals.enteredValue");
        Money duty = money(node.get("duty"), "totals.duty");
        Money tax = moneyOrZero(node.get("tax"), "totals.tax");
        Money fees = moneyOrZero(node.get("fees"), "totals.fees");
        Money other = moneyOrZero(node.get("other"), "totals.other");
        if (entered == null || duty == null || tax == null || fees == null || other == null) {
            return null;
        }
        return new SummaryTotals(entered, duty, tax, fees, other);
    }

    // --- fields -----------------------------------------------------------------------------------------------

    private <T> @Nullable T required(JsonNode doc, String name, Function<String, Optional<T>> parse, String expected) {
        return value(doc, "", name, parse, expected, true);
    }

    private <T> @Nullable T required(JsonNode doc, String path, String name, Function<String, Optional<T>> parse,
                                     String expected) {
        return value(doc, path, name, parse, expected, true);
    }

    private <T> @Nullable T optional(JsonNode doc, String name, Function<String, Optional<T>> parse, String expected) {
        return value(doc, "", name, parse, expected, false);
    }

    private <T> @Nullable T optional(JsonNode doc, String path, String name, Function<String, Optional<T>> parse,
                                     String expected) {
        return value(doc, path, name, parse, expected, false);
    }

    private <T> @Nullable T value(JsonNode doc, String path, String name, Function<String, Optional<T>> parse,
                                  String expected, boolean required) {
        String field = path.isEmpty() ? name : path + "." + name;
        JsonNode node = doc.get(name);
        if (node == null || node.isNull() || (node.isString() && node.asString().isBlank())) {
            if (required) {
                violations.add(new RuleViolation(REQUIRED, field, "The field " + field + " is required: " + expected + "."));
            }
            return null;
        }
        if (!node.isString() && !node.isNumber()) {
            violations.add(new RuleViolation(FORMAT, field, "The field " + field + " is " + expected + ", as a string."));
            return null;
        }
        Optional<T> parsed = parse.apply(node.asString());
        if (parsed.isEmpty()) {
            violations.add(new RuleViolation(FORMAT, field, "The field " + field + " is not " + expected + "."));
            return null;
        }
        return parsed.get();
    }

    private @Nullable String text(JsonNode doc, String name, String pattern, String expected) {
        return text(doc, "", name, pattern, expected);
    }

    private @Nullable String text(JsonNode doc, String path, String name, String pattern, String expected) {
        return value(doc, path, name, s -> normalized(s, pattern), expected, true);
    }

    private @Nullable String optionalText(JsonNode doc, String name, String pattern, String expected) {
        return value(doc, "", name, s -> normalized(s, pattern), expected, false);
    }

    private static Optional<String> normalized(String typed, String pattern) {
        String text = typed.strip().toUpperCase(java.util.Locale.ROOT);
        return PATTERNS.computeIfAbsent(pattern, Pattern::compile).matcher(text).matches()
                ? Optional.of(text) : Optional.empty();
    }

    private @Nullable LocalDate date(JsonNode doc, String name) {
        JsonNode node = doc.get(name);
        if (node == null || node.isNull()) {
            violations.add(new RuleViolation(REQUIRED, name, "The field " + name + " is required: a date, YYYY-MM-DD."));
            return null;
        }
        try {
            if (node.isString()) {
                return LocalDate.parse(node.asString());
            }
        }
        catch (DateTimeParseException e) {
            // reported below
        }
        violations.add(new RuleViolation(FORMAT, name, "The field " + name + " is not a date in the form YYYY-MM-DD."));
        return null;
    }

    private @Nullable Integer integer(JsonNode doc, String field, @Nullable JsonNode node, int min, int max) {
        if (node == null || node.isNull()) {
            violations.add(new RuleViolation(REQUIRED, field, "The field " + field + " is required: a whole number."));
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < min || node.asInt() > max) {
            violations.add(new RuleViolation(FORMAT, field, "The field " + field + " is a whole number from " + min
                    + " to " + max + "."));
            return null;
        }
        return node.asInt();
    }

    private @Nullable Boolean bool(JsonNode doc, String field) {
        String name = field.substring(field.lastIndexOf('.') + 1);
        JsonNode node = doc.get(name);
        if (node == null || node.isNull()) {
            return Boolean.FALSE;
        }
        if (!node.isBoolean()) {
            violations.add(new RuleViolation(FORMAT, field, "The field " + field + " is true or false."));
            return null;
        }
        return node.asBoolean();
    }

    private @Nullable Money money(@Nullable JsonNode node, String field) {
        BigDecimal amount = decimal(node, field, true);
        if (amount == null) {
            return null;
        }
        if (amount.scale() > 2) {
            violations.add(new RuleViolation(FORMAT, field, "The amount " + field + " is in dollars and cents, "
                    + "at most 2 decimals."));
            return null;
        }
        if (amount.abs().compareTo(Limits.MAX_AMOUNT) > 0) {
            violations.add(new RuleViolation(FORMAT, field, "The amount " + field + " is larger than the largest "
                    + "accepted, " + Limits.MAX_AMOUNT.toPlainString() + "."));
            return null;
        }
        return Money.of(amount);
    }

    private @Nullable Money moneyOrZero(@Nullable JsonNode node, String field) {
        return node == null || node.isNull() ? Money.ZERO : money(node, field);
    }

    private @Nullable BigDecimal decimal(@Nullable JsonNode node, String field, boolean required) {
        if (node == null || node.isNull()) {
            if (required) {
                violations.add(new RuleViolation(REQUIRED, field, "The field " + field + " is required: a decimal number."));
            }
            return null;
        }
        try {
            if (node.isNumber()) {
                BigDecimal value = node.decimalValue();
                if (value.scale() <= 6 && value.precision() - value.scale() <= 15) {
                    return value;
                }
            }
            if (node.isString() && DECIMAL.matcher(node.asString().strip()).matches()) {
                return new BigDecimal(node.asString().strip());
            }
        }
        catch (NumberFormatException | ArithmeticException e) {
            // reported below
        }
        violations.add(new RuleViolation(FORMAT, field, "The field " + field + " is not a decimal number "
                + "(e.g. 1234.56, as a number or a string)."));
        return null;
    }
}
