package org.openace.filing.json;

import org.jspecify.annotations.Nullable;
import org.openace.filing.AdCvdDeposit;
import org.openace.filing.DutyRate;
import org.openace.filing.EntryLine;
import org.openace.filing.Fee;
import org.openace.filing.Form7501;
import org.openace.filing.Money;
import org.openace.filing.Quantity;
import org.openace.filing.SummaryTotals;
import org.openace.filing.TariffOrdinal;
import org.openace.reference.ImporterNumber;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link Form7501} in the API's JSON form, the form {@link Form7501Reader} reads: amounts as strings with
 * two decimals, dates as {@code YYYY-MM-DD}, HTS numbers with their dots. The importer numbers are written as asked:
 * in full (to compare what was sent with what is stored, never to store or show), masked (to show), or left out (the
 * stored document, whose importer numbers are sealed apart).
 */
public final class Form7501Writer {

    /** How importer numbers are written. */
    public enum ImporterNumbers { FULL, MASKED, LEFT_OUT }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Form7501Writer() {
    }

    public static ObjectNode write(Form7501 form, ImporterNumbers importers) {
        ObjectNode doc = NODES.objectNode();
        doc.put("entryNumber", form.entryNumber().formatted());
        doc.put("entryType", form.entryType().value());
        doc.put("summaryDate", form.summaryDate().toString());
        doc.put("entryDate", form.entryDate().toString());
        doc.put("importDate", form.importDate().toString());
        doc.put("portOfEntry", form.portOfEntry().value());
        importer(doc, "importerOfRecord", form.importerOfRecord(), importers);
        importer(doc, "ultimateConsignee", form.ultimateConsignee(), importers);
        doc.put("bondType", form.bondType().code());
        if (form.suretyCode() != null) {
            doc.put("suretyCode", form.suretyCode());
        }
        doc.put("countryOfOrigin", form.countryOfOrigin().value());
        doc.put("countryOfExport", form.countryOfExport().value());
        doc.put("exportDate", form.exportDate().toString());
        doc.put("importingCarrier", form.importingCarrier());
        doc.put("modeOfTransport", form.modeOfTransport().code());
        doc.put("billOfLading", form.billOfLading());
        doc.put("manufacturerId", form.manufacturerId());
        if (!form.foreignPortOfLading().isEmpty()) {
            doc.put("foreignPortOfLading", form.foreignPortOfLading());
        }
        doc.put("portOfUnlading", form.portOfUnlading().value());
        doc.put("locationOfGoods", form.locationOfGoods());
        ArrayNode lines = doc.putArray("lines");
        for (EntryLine line : form.lines()) {
            lines.add(line(line));
        }
        fees(doc.putArray("summaryFees"), form.summaryFees());
        doc.set("totals", totals(form.declaredTotals()));
        return doc;
    }

    private static void importer(ObjectNode doc, String name, @Nullable ImporterNumber number, ImporterNumbers how) {
        if (number == null || how == ImporterNumbers.LEFT_OUT) {
            return;
        }
        doc.put(name, how == ImporterNumbers.FULL ? number.value() : number.display());
    }

    private static ObjectNode line(EntryLine line) {
        ObjectNode node = NODES.objectNode();
        node.put("lineNumber", line.lineNumber());
        node.put("countryOfOrigin", line.countryOfOrigin().value());
        node.put("manufacturerId", line.manufacturerId());
        node.put("related", line.related());
        node.put("charges", amount(line.charges()));
        ArrayNode ordinals = node.putArray("ordinals");
        for (TariffOrdinal ordinal : line.ordinals()) {
            ordinals.add(ordinal(ordinal));
        }
        AdCvdDeposit adCvd = line.adCvd();
        if (adCvd != null) {
            ObjectNode a = node.putObject("adCvd");
            a.put("caseNumber", adCvd.caseNumber().toString());
            a.put("ratePercent", adCvd.ratePercent().toPlainString());
            a.put("deposit", amount(adCvd.deposit()));
        }
        fees(node.putArray("fees"), line.fees());
        return node;
    }

    private static ObjectNode ordinal(TariffOrdinal ordinal) {
        ObjectNode node = NODES.objectNode();
        node.put("htsNumber", ordinal.htsNumber().toString());
        node.put("enteredValue", amount(ordinal.enteredValue()));
        ArrayNode quantities = node.putArray("quantities");
        for (Quantity q : ordinal.quantities()) {
            quantities.addObject().put("value", q.value().toPlainString()).put("unit", q.unit().code());
        }
        DutyRate rate = ordinal.rate();
        ObjectNode r = node.putObject("rate");
        r.put("adValoremPercent", rate.adValoremPercent().toPlainString());
        if (rate.perUnit() != null && rate.unit() != null) {
            r.put("perUnit", rate.perUnit().toPlainString());
            r.put("unit", rate.unit().code());
        }
        node.put("duty", amount(ordinal.duty()));
        node.put("tax", amount(ordinal.tax()));
        return node;
    }

    private static void fees(ArrayNode array, java.util.List<Fee> fees) {
        for (Fee fee : fees) {
            array.addObject().put("classCode", fee.classCode().value()).put("amount", amount(fee.amount()));
        }
    }

    private static ObjectNode totals(SummaryTotals totals) {
        ObjectNode node = NODES.objectNode();
        node.put("enteredValue", amount(totals.enteredValue()));
        node.put("duty", amount(totals.duty()));
        node.put("tax", amount(totals.tax()));
        node.put("fees", amount(totals.fees()));
        node.put("other", amount(totals.other()));
        return node;
    }

    static String amount(Money money) {
        return money.amount().toPlainString();
    }
}
