package org.openace.reports.adhoc;

import static org.openace.reports.ReportColumn.Kind.DATE;
import static org.openace.reports.ReportColumn.Kind.INTEGER;
import static org.openace.reports.ReportColumn.Kind.MONEY;
import static org.openace.reports.ReportColumn.Kind.QUANTITY;

import java.util.List;
import java.util.Optional;

import org.openace.reports.catalog.Grain;

/**
 * The whitelist: the columns ad hoc reports may use, per grain, headed as ACE names its report objects (the headers
 * of ES-001 and ES-003 where those have the column). Only these expressions ever reach an ad hoc report's SQL.
 */
final class AdHocColumns {

    private static AdHocColumn entryNumber() {
        return AdHocColumn.text("ENTRY_NUMBER", "Entry Summary Number", "t.entry_number", "[0-9A-Z]{11}",
                "11 letters and digits, e.g. D3M90000015", true);
    }

    private static AdHocColumn entryType() {
        return AdHocColumn.text("ENTRY_TYPE", "Entry Type Code", "t.entry_type", "\\d{2}", "2 digits, e.g. 01", false);
    }

    private static AdHocColumn port() {
        return AdHocColumn.text("PORT_OF_ENTRY", "Port of Entry Code", "t.port_of_entry", "\\d{4}",
                "4 digits, e.g. 2704", false);
    }

    private static AdHocColumn filer() {
        return AdHocColumn.text("FILER_CODE", "Filer Code", "t.filer_code", "[0-9A-Z]{3}",
                "3 letters or digits, e.g. D3M", true);
    }

    private static AdHocColumn country(String code, String header, String expression) {
        return AdHocColumn.text(code, header, expression, "[A-Z]{2}", "2 letters (ISO 3166), e.g. CN", true);
    }

    private static AdHocColumn status() {
        return AdHocColumn.text("STATUS", "Entry Summary Status", "t.status", "[A-Z_]{1,30}",
                "a status as shown, e.g. ACCEPTED", true);
    }

    private static AdHocColumn month() {
        return AdHocColumn.text("SUMMARY_MONTH", "Entry Summary Month", "strftime(t.summary_date, '%Y-%m')",
                "\\d{4}-\\d{2}", "YYYY-MM, e.g. 2026-09", false);
    }

    static final List<AdHocColumn> SUMMARY = List.of(
            entryNumber(),
            entryType(),
            AdHocColumn.shownOnly("IMPORTER_NUMBER", "Importer Number", "t.importer_number"),
            filer(),
            port(),
            AdHocColumn.of("ENTRY_DATE", "Entry Date", "t.entry_date", DATE),
            AdHocColumn.of("SUMMARY_DATE", "Entry Summary Date", "t.summary_date", DATE),
            month(),
            AdHocColumn.text("MODE_OF_TRANSPORT", "Mode of Transportation Code", "t.mode_of_transport", "\\d{2}",
                    "2 digits, e.g. 40", false),
            country("COUNTRY_OF_ORIGIN", "Country of Origin Code", "t.country_of_origin"),
            country("COUNTRY_OF_EXPORT", "Country of Export Code", "t.country_of_export"),
            AdHocColumn.of("LINE_COUNT", "Entry Summary Line Count", "t.line_count", INTEGER),
            AdHocColumn.of("ENTERED_VALUE", "Total Entered Value Amount", "t.entered_value", MONEY),
            AdHocColumn.of("DUTY", "Total Duty Amount", "t.duty", MONEY),
            AdHocColumn.of("TAX", "Total Tax Amount", "t.tax", MONEY),
            AdHocColumn.of("FEES", "Total Fees Amount", "t.fees", MONEY),
            AdHocColumn.of("OTHER", "Total AD/CVD Deposit Amount", "t.other", MONEY),
            status(),
            AdHocColumn.text("RELEASE_STATUS", "Release Status", "t.release_status", "[A-Z_]{1,30}",
                    "a release status as shown", true),
            AdHocColumn.of("LIQUIDATION_DATE", "Liquidation Date", "t.liquidation_date", DATE),
            AdHocColumn.of("EXPORT_DATE", "Export Date", "t.export_date", DATE),
            AdHocColumn.text("PORT_OF_UNLADING", "Port of Unlading Code", "t.port_of_unlading", "\\d{4}",
                    "4 digits, e.g. 2704", false),
            AdHocColumn.text("FOREIGN_PORT_OF_LADING", "Foreign Port of Lading Code", "t.foreign_port_of_lading",
                    "\\d{5}", "5 digits (Schedule K), e.g. 57035", false),
            AdHocColumn.text("MANUFACTURER_ID", "Manufacturer ID", "t.manufacturer_id", "[0-9A-Z]{1,15}",
                    "up to 15 letters and digits", true));

    static final List<AdHocColumn> LINE_TARIFF = List.of(
            entryNumber(),
            AdHocColumn.of("LINE_NUMBER", "Entry Summary Line Number", "t.line_number", INTEGER),
            AdHocColumn.of("TARIFF_ORDINAL", "Tariff Ordinal Number", "t.tariff_ordinal", INTEGER),
            entryType(),
            AdHocColumn.shownOnly("IMPORTER_NUMBER", "Importer Number", "t.importer_number"),
            filer(),
            port(),
            AdHocColumn.of("ENTRY_DATE", "Entry Date", "t.entry_date", DATE),
            AdHocColumn.of("SUMMARY_DATE", "Entry Summary Date", "t.summary_date", DATE),
            month(),
            AdHocColumn.text("HTS_NUMBER", "HTS Number - Full", "t.hts_number", "\\d{10}",
                    "10 digits, dots allowed, e.g. 9403.20.0017", false),
            AdHocColumn.text("HTS_CHAPTER", "HTS Number - Chapter", "substr(t.hts_number, 1, 2)", "\\d{2}",
                    "2 digits, e.g. 94", false),
            AdHocColumn.text("HTS_HEADING", "HTS Number - Heading", "substr(t.hts_number, 1, 4)", "\\d{4}",
                    "4 digits, e.g. 9403", false),
            AdHocColumn.of("GOODS_VALUE", "Line Tariff Goods Value Amount", "t.goods_value", MONEY),
            AdHocColumn.of("DUTY", "Line Tariff Duty Amount", "t.duty", MONEY),
            AdHocColumn.of("TAX", "Line Tariff Tax Amount", "t.tax", MONEY),
            country("COUNTRY_OF_ORIGIN", "Country of Origin Code", "t.country_of_origin"),
            country("COUNTRY_OF_EXPORT", "Country of Export Code", "t.country_of_export"),
            AdHocColumn.of("QUANTITY_1", "Line Tariff Quantity (1)", "t.quantity_1", QUANTITY),
            AdHocColumn.text("UOM_1", "Line Tariff UOM (1) Code", "coalesce(t.uom_1, '')", "[A-Z0-9]{1,5}",
                    "a unit code, e.g. NO or KG", true),
            AdHocColumn.text("DUTY_RATE", "Line Tariff Duty Rate", "coalesce(t.duty_rate, '')",
                    "[A-Za-z0-9 .%$/+]{1,40}", "as filed, e.g. Free or 6.5%", false),
            AdHocColumn.text("RELATED_PARTY", "Related Party Indicator",
                    "case when t.related_party then 'Y' when not t.related_party then 'N' else '' end", "[YN]",
                    "Y or N", true),
            AdHocColumn.text("MANUFACTURER_ID", "Manufacturer ID", "coalesce(t.manufacturer_id, '')", "[0-9A-Z]{1,15}",
                    "up to 15 letters and digits", true),
            status());

    private AdHocColumns() {
    }

    static List<AdHocColumn> of(Grain grain) {
        return switch (grain) {
            case SUMMARY -> SUMMARY;
            case LINE_TARIFF -> LINE_TARIFF;
            case STATEMENT -> throw new IllegalArgumentException("Ad hoc reports are not built on statements");
        };
    }

    static Optional<AdHocColumn> find(Grain grain, String code) {
        return of(grain).stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
