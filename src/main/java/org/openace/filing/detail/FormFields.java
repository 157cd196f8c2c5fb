package org.openace.filing.detail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openace.filing.AdCvdDeposit;
import org.openace.filing.EntryLine;
import org.openace.filing.Fee;
import org.openace.filing.Form7501;
import org.openace.filing.Money;
import org.openace.filing.SummaryTotals;
import org.openace.filing.TariffOrdinal;
import org.openace.reference.ImporterNumber;

/**
 * A version of an entry summary as the fields a person compares, in the order of the form: the header blocks, the
 * totals, the summary's fees, then each line with its ordinals, AD/CVD and fees. Each field has a stable key (to
 * match the same field in two versions), its section and its label; values are text as shown, importer numbers
 * masked.
 */
final class FormFields {

    /** One field of a version: its key, section ("Header", "Totals", "Line 2") and label, and its value as shown. */
    record Field(String key, String section, String label, String value) {
    }

    private FormFields() {
    }

    static List<Field> of(Form7501 form) {
        List<Field> fields = new ArrayList<>();
        String h = "Header";
        add(fields, h, "Entry type", form.entryType().value());
        add(fields, h, "Summary date", date(form.summaryDate()));
        add(fields, h, "Entry date", date(form.entryDate()));
        add(fields, h, "Import date", date(form.importDate()));
        add(fields, h, "Port of entry", form.portOfEntry().value());
        add(fields, h, "Importer of record number", masked(form.importerOfRecord()));
        add(fields, h, "Ultimate consignee number", masked(form.ultimateConsignee()));
        add(fields, h, "Bond type", form.bondType().code());
        add(fields, h, "Surety code", form.suretyCode() == null ? "" : form.suretyCode());
        add(fields, h, "Country of origin", form.countryOfOrigin().value());
        add(fields, h, "Country of export", form.countryOfExport().value());
        add(fields, h, "Export date", date(form.exportDate()));
        add(fields, h, "Importing carrier", form.importingCarrier());
        add(fields, h, "Mode of transport", form.modeOfTransport().code());
        add(fields, h, "Bill of lading or air waybill", form.billOfLading());
        add(fields, h, "Manufacturer ID", form.manufacturerId());
        add(fields, h, "Foreign port of lading", form.foreignPortOfLading());
        add(fields, h, "U.S. port of unlading", form.portOfUnlading().value());
        add(fields, h, "Location of goods", form.locationOfGoods());
        SummaryTotals totals = form.declaredTotals();
        String t = "Totals";
        add(fields, t, "Entered value", money(totals.enteredValue()));
        add(fields, t, "Duty", money(totals.duty()));
        add(fields, t, "Tax", money(totals.tax()));
        add(fields, t, "Fees", money(totals.fees()));
        add(fields, t, "Other (AD/CVD)", money(totals.other()));
        add(fields, t, "Amount due", money(totals.total()));
        for (Fee fee : form.summaryFees()) {
            add(fields, "Summary fees", "Fee class " + fee.classCode().value(), money(fee.amount()));
        }
        for (EntryLine line : form.lines()) {
            line(fields, line);
        }
        return fields;
    }

    private static void line(List<Field> fields, EntryLine line) {
        String s = "Line " + line.lineNumber();
        add(fields, s, "Country of origin", line.countryOfOrigin().value());
        add(fields, s, "Manufacturer ID", line.manufacturerId());
        add(fields, s, "Related parties", line.related() ? "Yes" : "No");
        add(fields, s, "Charges", money(line.charges()));
        int n = 0;
        for (TariffOrdinal ordinal : line.ordinals()) {
            n++;
            String o = "Ordinal " + n + " ";
            add(fields, s, o + (ordinal.isChapter99() ? "Chapter 99 number" : "HTS number"),
                    ordinal.htsNumber().toString());
            add(fields, s, o + "entered value", money(ordinal.enteredValue()));
            add(fields, s, o + "quantities", ordinal.quantities().stream().map(Object::toString)
                    .collect(Collectors.joining(", ")));
            add(fields, s, o + "duty rate", ordinal.rate().toString());
            add(fields, s, o + "duty", money(ordinal.duty()));
            add(fields, s, o + "tax", money(ordinal.tax()));
        }
        AdCvdDeposit adCvd = line.adCvd();
        add(fields, s, "AD/CVD case", adCvd == null ? "" : adCvd.caseNumber().toString());
        add(fields, s, "AD/CVD rate", adCvd == null ? "" : adCvd.ratePercent().toPlainString() + "%");
        add(fields, s, "AD/CVD deposit", adCvd == null ? "" : money(adCvd.deposit()));
        for (Fee fee : line.fees()) {
            add(fields, s, "Fee class " + fee.classCode().value(), money(fee.amount()));
        }
    }

    private static void add(List<Field> fields, String section, String label, String value) {
        fields.add(new Field(section + "|" + label, section, label, value));
    }

    static String money(Money money) {
        return money.amount().toPlainString();
    }

    private static String date(LocalDate date) {
        return date.toString();
    }

    private static String masked(@Nullable ImporterNumber number) {
        return number == null ? "" : number.display();
    }
}
