package org.openace.reports.catalog;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openace.reports.ReportColumn;

/**
 * The DuckDB query of a standard report for some prompts: the catalog's column expressions, each cast to the type its
 * kind is written from ({@link org.openace.reports.ReportResult}) and named by its header; the prompts as parameters;
 * and, for a trade user, the condition that keeps only rows they may see ({@link #VISIBLE}), which reads the table
 * {@value #ENTITLED} the run fills with the user's scope before the query. Nothing a user typed becomes SQL text.
 */
public record ReportQuery(String sql, List<Object> parameters) {

    /**
     * The temporary table of the scope of the run's owner: sub_account_id, importer_identifier_id,
     * filer_identifier_id, port, filed_only.
     */
    public static final String ENTITLED = "entitled";

    /**
     * A row is visible through an entitlement to its importer's or its filer's sub-account, narrowed by the
     * entitlement's importer number, filer code and port (9900: all ports), as {@code AccessControl} decides for a
     * single entry; an entitlement {@code filed_only} (an API token's) reaches only through the filer's sub-account.
     * Public for the other reports of the module (ad hoc) whose queries read the same tables.
     */
    public static final String VISIBLE = """
            (exists (select 1 from entitled s where s.sub_account_id = t.importer_sub_account_id and not s.filed_only
                and (s.importer_identifier_id is null or s.importer_identifier_id = t.importer_identifier_id)
                and (s.filer_identifier_id is null or s.filer_identifier_id = t.filer_identifier_id)
                and (s.port = '9900' or s.port = t.port_of_entry))
             or exists (select 1 from entitled s where s.sub_account_id = t.filer_sub_account_id
                and (s.importer_identifier_id is null or s.importer_identifier_id = t.importer_identifier_id)
                and (s.filer_identifier_id is null or s.filer_identifier_id = t.filer_identifier_id)
                and (s.port = '9900' or s.port = t.port_of_entry)))""";

    public ReportQuery {
        parameters = List.copyOf(parameters);
    }

    /**
     * The query of a report for these prompts.
     *
     * @param entitledOnly whether rows are kept only where {@link #ENTITLED} lets the run's owner see them (every
     *                     trade user's run); customs officers see every row
     */
    public static ReportQuery of(StandardReport report, ReportPrompts prompts, boolean entitledOnly) {
        List<String> select = new ArrayList<>();
        for (CatalogColumn column : report.columns()) {
            select.add("cast(" + column.expression() + " as " + type(column.column().kind()) + ") as "
                    + quoted(column.column().header()));
        }
        List<String> where = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        // a statement's date on a report of entries is the joined statement's (alias h)
        String dated = prompts.basis().ofStatement() && report.grain() != Grain.STATEMENT ? "h." : "t.";
        where.add(dated + prompts.basis().column() + " between ? and ?");
        parameters.add(prompts.from());
        parameters.add(prompts.to());
        if (report.condition() != null) {
            where.add(report.condition());
        }
        if (prompts.importer() != null) {
            if (prompts.importer().identifierId() == null) {
                where.add("false");
            }
            else {
                where.add("t.importer_identifier_id = ?");
                parameters.add(prompts.importer().identifierId().toString());
            }
        }
        equal(where, parameters, "t.port_of_entry", prompts.port());
        equal(where, parameters, "t.filer_code", prompts.filerCode());
        if (prompts.hts() != null) {
            where.add("starts_with(t.hts_number, ?)");
            parameters.add(prompts.hts());
        }
        equal(where, parameters, "t.country_of_origin", prompts.countryOfOrigin());
        equal(where, parameters, "t.entry_type", prompts.entryType());
        if (entitledOnly) {
            where.add(VISIBLE);
        }
        String sql = "select " + String.join(",\n       ", select) + "\nfrom " + report.grain().table() + " t"
                + (report.join() == null ? "" : "\n" + report.join()) + "\nwhere "
                + String.join("\n  and ", where)
                + (report.groupBy() == null ? "" : "\ngroup by " + report.groupBy())
                + "\norder by " + report.orderBy();
        return new ReportQuery(sql, parameters);
    }

    private static void equal(List<String> where, List<Object> parameters, String column, @Nullable Object value) {
        if (value != null) {
            where.add(column + " = ?");
            parameters.add(value);
        }
    }

    /** The type a column of this kind has in the result file. */
    public static String type(ReportColumn.Kind kind) {
        return switch (kind) {
            case TEXT -> "varchar";
            case INTEGER -> "bigint";
            case DATE -> "date";
            case MONEY -> "decimal(18,2)";
            case QUANTITY -> "decimal(21,6)";
        };
    }

    /** A header as a quoted SQL identifier (headers come from the catalog; quotes are doubled all the same). */
    public static String quoted(String header) {
        return '"' + header.replace("\"", "\"\"") + '"';
    }
}
