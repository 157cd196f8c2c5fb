package org.openace.reports.catalog;

import static org.openace.reports.catalog.CatalogColumn.date;
import static org.openace.reports.catalog.CatalogColumn.integer;
import static org.openace.reports.catalog.CatalogColumn.money;
import static org.openace.reports.catalog.CatalogColumn.quantity;
import static org.openace.reports.catalog.CatalogColumn.text;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * The standard reports, under ACE's codes and, where CBP or its users have published them, ACE's titles and column
 * headers spelled as ACE writes them, so that spreadsheets and parsers built on ACE's exports keep working. Where
 * ACE's layout is not public the report says so ({@link StandardReport.Layout}) and OpenACE's own layout is used,
 * named after ACE's report objects where those names are known; nothing is presented as ACE's that is not.
 * <p>
 * Sources: ES-003's 15 headers and its sheet "Main Report" from public parsers of ACE's exports (CBP publishes no
 * layout); ES-701's code and title from ACE Deployment G (liquidation reports, March 2018); the titles "entry summary
 * header" and "entry summary line details" from CBP's description of the ITRAC workspace reports (2019); REV-101 to
 * REV-104 as ACE's statement reports and their Monthly Payment Status and Monthly Payment Due Date from CSMS
 * #18-000087 (2018), the titles of REV-103 and REV-104 from brokers' published guides.
 */
@Component
public class ReportCatalog {

    private static final EnumSet<PromptField> ALL_PROMPTS = EnumSet.allOf(PromptField.class);
    private static final EnumSet<PromptField> SUMMARY_PROMPTS = EnumSet.of(PromptField.IMPORTER, PromptField.PORT,
            PromptField.FILER_CODE, PromptField.COUNTRY_OF_ORIGIN, PromptField.ENTRY_TYPE);

    static final StandardReport ES_001 = new StandardReport("ES-001", "Entry Summary Header",
            "One row per entry summary: its parties' codes, dates, ports, countries and totals as filed or last "
                    + "corrected.",
            Grain.SUMMARY, List.of(
                    text("Entry Summary Number", "t.entry_number"),
                    text("Entry Type Code", "t.entry_type"),
                    text("Importer Number", "t.importer_number"),
                    text("Filer Code", "t.filer_code"),
                    text("Port of Entry Code", "t.port_of_entry"),
                    date("Entry Date", "t.entry_date"),
                    date("Entry Summary Date", "t.summary_date"),
                    text("Mode of Transportation Code", "t.mode_of_transport"),
                    text("Country of Origin Code", "t.country_of_origin"),
                    text("Country of Export Code", "t.country_of_export"),
                    integer("Entry Summary Line Count", "t.line_count"),
                    money("Total Entered Value Amount", "t.entered_value"),
                    money("Total Duty Amount", "t.duty"),
                    money("Total Tax Amount", "t.tax"),
                    money("Total Fees Amount", "t.fees"),
                    money("Total AD/CVD Deposit Amount", "t.other"),
                    text("Entry Summary Status", "t.status"),
                    text("Release Status", "t.release_status"),
                    date("Liquidation Date", "t.liquidation_date")),
            null, "t.entry_number", List.of(DateBasis.ENTRY_SUMMARY_DATE, DateBasis.ENTRY_DATE), SUMMARY_PROMPTS,
            null, new StandardReport.Layout(false, "ACE's ES-001 exists, but CBP has not published its title or its "
            + "columns. This is OpenACE's layout of the entry summary header, its headers named after ACE's report "
            + "objects where those are known."));

    static final StandardReport ES_002 = new StandardReport("ES-002", "Entry Summary Line Details",
            "One row per entry summary line: its commodity HTS number, any Chapter 99 numbers stacked on it, and the "
                    + "line's value, duty and tax (the sums of its tariff ordinals).",
            Grain.LINE_TARIFF, List.of(
                    text("Entry Summary Number", "t.entry_number"),
                    integer("Entry Summary Line Number", "t.line_number"),
                    text("Entry Type Code", "any_value(t.entry_type)"),
                    text("Importer Number", "any_value(t.importer_number)"),
                    text("Port of Entry Code", "any_value(t.port_of_entry)"),
                    date("Entry Date", "any_value(t.entry_date)"),
                    date("Entry Summary Date", "any_value(t.summary_date)"),
                    text("Country of Origin Code", "any_value(t.country_of_origin)"),
                    text("HTS Number - Full", "max(t.hts_number) filter (where t.hts_number not like '99%')"),
                    text("Chapter 99 HTS Numbers", "coalesce(string_agg(t.hts_number, ' ' order by t.tariff_ordinal) "
                            + "filter (where t.hts_number like '99%'), '')"),
                    integer("Tariff Ordinal Count", "count(*)"),
                    money("Line Goods Value Amount", "sum(t.goods_value)"),
                    money("Line Duty Amount", "sum(t.duty)"),
                    money("Line Tax Amount", "sum(t.tax)")),
            "t.entry_number, t.line_number", "t.entry_number, t.line_number",
            List.of(DateBasis.ENTRY_SUMMARY_DATE, DateBasis.ENTRY_DATE), ALL_PROMPTS, null,
            new StandardReport.Layout(false, "ACE's ES-002 exists, but CBP has not published its title or its "
                    + "columns. \"Entry summary line details\" is how CBP named the line report of the ITRAC "
                    + "workspace; this is OpenACE's layout, with \"Line Goods Value Amount\" and \"Line Duty Amount\" "
                    + "as ACE's exports spell them."));

    static final StandardReport ES_003 = new StandardReport("ES-003", "Entry Summary Line Tariff Details",
            "One row per tariff number of each entry summary line (a line with a Chapter 99 number stacked on its "
                    + "commodity number has two rows), with its value, duty, quantity and countries.",
            Grain.LINE_TARIFF, List.of(
                    text("Entry Summary Number", "t.entry_number"),
                    integer("Entry Summary Line Number", "t.line_number"),
                    text("Entry Type Code", "t.entry_type"),
                    text("Importer Number", "t.importer_number"),
                    text("Port of Entry Code", "t.port_of_entry"),
                    date("Entry Date", "t.entry_date"),
                    date("Entry Summary Date", "t.summary_date"),
                    text("HTS Number - Full", "t.hts_number"),
                    integer("Tariff Ordinal Number", "t.tariff_ordinal"),
                    money("Line Tariff Goods Value Amount", "t.goods_value"),
                    money("Line Tariff Duty Amount", "t.duty"),
                    text("Country of Origin Code", "t.country_of_origin"),
                    text("Country of Export Code", "t.country_of_export"),
                    quantity("Line Tariff Quantity (1)", "t.quantity_1"),
                    text("Line Tariff UOM (1) Code", "coalesce(t.uom_1, '')")),
            null, "t.entry_number, t.line_number, t.tariff_ordinal",
            List.of(DateBasis.ENTRY_SUMMARY_DATE, DateBasis.ENTRY_DATE), ALL_PROMPTS, null,
            new StandardReport.Layout(true, "These 15 column headers, their spelling and the sheet name \"Main "
                    + "Report\" are those of ACE's ES-003 exports as the parsers that read them expect. CBP has "
                    + "published neither the rest of ES-003's default layout nor its column order; OpenACE "
                    + "writes only these 15, in this order. Importer numbers are shown masked."));

    static final StandardReport ES_701 = new StandardReport("ES-701", "Courtesy Notice of Liquidation",
            "The entry summaries liquidated, deemed liquidated or scheduled to liquidate (Pending) on dates in the "
                    + "range, with their totals: the start of the 180 days for a protest.",
            Grain.SUMMARY, List.of(
                    text("Entry Summary Number", "t.entry_number"),
                    text("Entry Type Code", "t.entry_type"),
                    text("Importer Number", "t.importer_number"),
                    text("Filer Code", "t.filer_code"),
                    text("Port of Entry Code", "t.port_of_entry"),
                    date("Entry Date", "t.entry_date"),
                    date("Entry Summary Date", "t.summary_date"),
                    date("Liquidation Date", "t.liquidation_date"),
                    text("Liquidation Status", "case when t.status in ('LIQUIDATED', 'DEEMED_LIQUIDATED') "
                            + "then 'Liquidated' else 'Pending' end"),
                    text("Liquidation Type", "case t.status when 'DEEMED_LIQUIDATED' then 'Deemed (by operation "
                            + "of law)' when 'LIQUIDATED' then 'Liquidated by CBP' else 'Scheduled' end"),
                    money("Total Entered Value Amount", "t.entered_value"),
                    money("Total Duty Amount", "t.duty"),
                    money("Total Tax Amount", "t.tax"),
                    money("Total Fees Amount", "t.fees")),
            null, "t.liquidation_date, t.entry_number", List.of(DateBasis.LIQUIDATION_DATE), SUMMARY_PROMPTS,
            "t.liquidation_date is not null",
            new StandardReport.Layout(false, "ES-701 \"Courtesy Notice of Liquidation\" is ACE's (Deployment G, "
                    + "2018), replacing the paper notice CF 4333-A, but CBP has not published its columns. This is "
                    + "OpenACE's layout; as in ACE, a liquidation date still to come shows as Pending."));

    static final StandardReport ITRAC = new StandardReport("ITRAC", "Importer Trade Activity",
            "The importer trade activity data CBP once sent on CD-ROM for a fee and now offers in ACE: one row per "
                    + "tariff number of each entry summary line, with the elements CBP lists for ITRAC.",
            Grain.LINE_TARIFF, List.of(
                    text("Entry Number", "t.entry_number"),
                    integer("Entry Summary Line Number", "t.line_number"),
                    integer("Tariff Ordinal Number", "t.tariff_ordinal"),
                    text("Entry Type", "t.entry_type"),
                    date("Entry Date", "t.entry_date"),
                    text("Filer", "t.filer_code"),
                    text("Importer Number", "t.importer_number"),
                    text("Ultimate Consignee", "coalesce(h.ultimate_consignee, '')"),
                    text("Port of Entry", "t.port_of_entry"),
                    text("Port of Lading", "coalesce(h.foreign_port_of_lading, '')"),
                    text("Port of Unlading", "coalesce(h.port_of_unlading, '')"),
                    date("Export Date", "h.export_date"),
                    text("Country of Export", "t.country_of_export"),
                    text("Country of Origin", "t.country_of_origin"),
                    text("Mode of Transport", "h.mode_of_transport"),
                    text("HTS Number", "t.hts_number"),
                    text("Manuf. ID", "coalesce(t.manufacturer_id, '')"),
                    text("Related Party Status", "case t.related_party when true then 'Y' when false then 'N' "
                            + "else '' end"),
                    money("Entered Value", "t.goods_value"),
                    text("Est. Duty Rate", "coalesce(t.duty_rate, '')"),
                    money("Est. Duty", "t.duty"),
                    money("Est. Tax", "t.tax"),
                    date("Liquidation Date", "h.liquidation_date")),
            null, "t.entry_number, t.line_number, t.tariff_ordinal",
            List.of(DateBasis.ENTRY_DATE, DateBasis.ENTRY_SUMMARY_DATE), ALL_PROMPTS, null,
            new StandardReport.Layout(false, "CBP publishes the elements of ITRAC data (cbp.gov, \"Importer Trade "
                    + "Activity (ITRAC) Requests\") but not the column headers of ACE's ITRAC reports: the headers "
                    + "here are CBP's names of the elements. Three elements are not in OpenACE's data and are not "
                    + "in this report: Discrepancy Types and Exams (OpenACE keeps no exam or discrepancy records) "
                    + "and Special Program Indicator (not yet filed on OpenACE's Form 7501). HTS descriptions are in "
                    + "the HTS reference data. Importer numbers and ultimate consignees are shown masked."),
            "join es_summary h on h.entry_number = t.entry_number");

    private static final String STATEMENT_LAYOUT = " CBP's CSMS #18-000087 (2018) names REV-101 to REV-104 as ACE's "
            + "statement reports and says they show Monthly Payment Status (AU authorized, NP not paid, PD paid) and "
            + "Monthly Payment Due Date, and defines Statement Print Date; no more of their columns is published. "
            + "The other columns here are OpenACE's, named after ACE's statement objects. In ACE the status is also "
            + "a prompt (by default not paid and authorized); here it is a column to sort or filter the download "
            + "on.";

    /** A statement's amounts and how it was paid (REV-101, REV-102). */
    private static final List<CatalogColumn> STATEMENT_AMOUNTS_AND_PAYMENT = List.of(
            money("Total Duty Amount", "t.duty"),
            money("Total Tax Amount", "t.tax"),
            money("Total Fees Amount", "t.fees"),
            money("Total AD/CVD Deposit Amount", "t.other"),
            money("Statement Total Amount", "t.total"),
            text("Payment Method", "coalesce(t.payment_method, '')"),
            text("Payer Unit Number", "coalesce(t.payer_unit_number, '')"),
            date("Payment Received Date", "t.paid_on"));

    /** An entry summary on a statement: its codes and amounts (REV-103, REV-104). */
    private static final List<CatalogColumn> ENTRY_ON_STATEMENT = List.of(
            text("Filer Code", "t.filer_code"),
            text("Entry Summary Number", "t.entry_number"),
            text("Entry Type Code", "t.entry_type"),
            text("Importer Number", "t.importer_number"),
            text("Port of Entry Code", "t.port_of_entry"),
            date("Entry Summary Date", "t.summary_date"),
            money("Total Duty Amount", "t.duty"),
            money("Total Tax Amount", "t.tax"),
            money("Total Fees Amount", "t.fees"),
            money("Total AD/CVD Deposit Amount", "t.other"),
            money("Entry Summary Total Amount", "t.duty + t.tax + t.fees + t.other"));

    /** Column lists one after the other. */
    @SafeVarargs
    private static List<CatalogColumn> columns(List<CatalogColumn>... parts) {
        return Stream.of(parts).flatMap(List::stream).toList();
    }

    /** The statements joined to the entries on them, for the entry lists (REV-103, REV-104). */
    private static final String ON_STATEMENT = "join st_statement h on h.statement_number = t.statement_number";

    static final StandardReport REV_101 = new StandardReport("REV-101", "Periodic Monthly Statements",
            "One row per Periodic Monthly Statement: the importer's month of entries, its preliminary (target print) "
                    + "and payment dates, its amounts, its status and how it was paid.",
            Grain.STATEMENT, columns(List.of(
                    text("Periodic Monthly Statement Number", "t.statement_number"),
                    text("Importer Number", "coalesce(t.importer_number, '')"),
                    date("Statement Target Print Date", "t.preliminary_date"),
                    date("Monthly Payment Due Date", "t.payment_due"),
                    text("Monthly Payment Status", "t.status"),
                    integer("Entry Summary Count", "t.entry_count")), STATEMENT_AMOUNTS_AND_PAYMENT),
            null, "t.payment_due, t.statement_number",
            List.of(DateBasis.MONTHLY_PAYMENT_DUE_DATE, DateBasis.STATEMENT_DATE), EnumSet.of(PromptField.IMPORTER),
            "t.kind = 'PERIODIC_MONTHLY'",
            new StandardReport.Layout(false, "The title \"Periodic Monthly Statements\" is OpenACE's: CBP has not "
                    + "published REV-101's title." + STATEMENT_LAYOUT));

    static final StandardReport REV_102 = new StandardReport("REV-102", "Daily Statements",
            "One row per daily and periodic daily statement of a filer: its print date, the Periodic Monthly "
                    + "Statement a periodic daily statement belongs to, its amounts, its status and how it was paid.",
            Grain.STATEMENT, columns(List.of(
                    text("Statement Number", "t.statement_number"),
                    text("Statement Type", "case t.kind when 'DAILY' then 'Daily' else 'Periodic daily' end"),
                    text("Filer Code", "t.filer_code"),
                    date("Statement Print Date", "t.statement_date"),
                    text("Importer Number", "coalesce(t.importer_number, '')"),
                    text("Periodic Monthly Statement Number", "coalesce(t.monthly_statement_number, '')"),
                    date("Monthly Payment Due Date", "t.payment_due"),
                    text("Monthly Payment Status", "t.status"),
                    integer("Entry Summary Count", "t.entry_count")), STATEMENT_AMOUNTS_AND_PAYMENT),
            null, "t.statement_date, t.statement_number",
            List.of(DateBasis.STATEMENT_DATE, DateBasis.MONTHLY_PAYMENT_DUE_DATE),
            EnumSet.of(PromptField.FILER_CODE, PromptField.IMPORTER), "t.kind in ('DAILY', 'PERIODIC_DAILY')",
            new StandardReport.Layout(false, "The title \"Daily Statements\" is OpenACE's: CBP has not published "
                    + "REV-102's title." + STATEMENT_LAYOUT));

    static final StandardReport REV_103 = new StandardReport("REV-103", "Periodic Daily Statement Entry Summary",
            "One row per entry summary on a periodic daily statement, with the Periodic Monthly Statement that pays "
                    + "it, its payment date and status: an importer's month of PMS entries, entry by entry.",
            Grain.SUMMARY, columns(List.of(
                    text("Periodic Monthly Statement Number", "coalesce(h.monthly_statement_number, '')"),
                    date("Monthly Payment Due Date", "h.payment_due"),
                    text("Monthly Payment Status", "h.status"),
                    text("Periodic Daily Statement Number", "h.statement_number"),
                    date("Statement Print Date", "h.statement_date")), ENTRY_ON_STATEMENT),
            null, "h.payment_due, h.statement_number, t.entry_number",
            List.of(DateBasis.MONTHLY_PAYMENT_DUE_DATE, DateBasis.STATEMENT_DATE),
            EnumSet.of(PromptField.IMPORTER, PromptField.FILER_CODE, PromptField.PORT, PromptField.ENTRY_TYPE),
            "h.kind = 'PERIODIC_DAILY'",
            new StandardReport.Layout(false, "REV-103 \"Periodic Daily Statement Entry Summary\" is ACE's title, as "
                    + "brokers' guides to tracing a PMS payment name it." + STATEMENT_LAYOUT), ON_STATEMENT);

    static final StandardReport REV_104 = new StandardReport("REV-104", "Daily Statement Entry Summary List",
            "One row per entry summary on a daily statement, with the statement, its print date, its status and the "
                    + "entry's amounts: the way an importer traces a broker's daily statement payments to its "
                    + "entries.",
            Grain.SUMMARY, columns(List.of(
                    text("Daily Statement Number", "h.statement_number"),
                    date("Statement Print Date", "h.statement_date"),
                    text("Monthly Payment Status", "h.status")), ENTRY_ON_STATEMENT, List.of(
                    text("Payment Method", "coalesce(h.payment_method, '')"),
                    date("Payment Received Date", "h.paid_on"))),
            null, "h.statement_date, h.statement_number, t.entry_number", List.of(DateBasis.STATEMENT_DATE),
            EnumSet.of(PromptField.IMPORTER, PromptField.FILER_CODE, PromptField.PORT, PromptField.ENTRY_TYPE),
            "h.kind = 'DAILY'",
            new StandardReport.Layout(false, "REV-104 \"Daily Statement Entry Summary List\" is ACE's title, as "
                    + "brokers' guides to tracing daily statement payments name it." + STATEMENT_LAYOUT),
            ON_STATEMENT);

    private static final List<StandardReport> ALL = List.of(ES_001, ES_002, ES_003, ES_701, ITRAC, REV_101, REV_102,
            REV_103, REV_104);

    /** Every standard report, in the order of their codes. */
    public List<StandardReport> all() {
        return ALL;
    }

    /** The report of a code, as typed in a URL (case ignored). */
    public Optional<StandardReport> find(String code) {
        return ALL.stream().filter(r -> r.code().equalsIgnoreCase(code)).findFirst();
    }
}
