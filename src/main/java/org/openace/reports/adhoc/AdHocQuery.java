package org.openace.reports.adhoc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.openace.reports.ReportColumn;
import org.openace.reports.catalog.ReportQuery;

/**
 * The DuckDB query of a checked ad hoc report. Its SQL text is made only of the whitelist's expressions and headers,
 * the operators' fixed SQL, and numbers this class counts (placeholders, positions); every value a user typed is a
 * parameter. A trade user's query keeps only the rows their scope lets them see ({@link ReportQuery#VISIBLE}).
 */
final class AdHocQuery {

    private AdHocQuery() {
    }

    static ReportQuery of(AdHocReport report, boolean entitledOnly) {
        List<String> select = new ArrayList<>();
        for (AdHocColumn column : report.columns()) {
            select.add(cast(column.expression(), column.kind(), column.header()));
        }
        for (AdHocReport.Summary summary : report.summaries()) {
            select.add(cast(summary.expression(), summary.kind(), summary.header()));
        }
        List<String> where = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        where.add("t." + report.basis().column() + " between ? and ?");
        parameters.add(report.from());
        parameters.add(report.to());
        for (AdHocReport.Condition condition : report.conditions()) {
            where.add(condition(condition));
            parameters.addAll(condition.values());
        }
        if (entitledOnly) {
            where.add(ReportQuery.VISIBLE);
        }
        StringBuilder sql = new StringBuilder("select ").append(String.join(",\n       ", select))
                .append("\nfrom ").append(report.grain().table()).append(" t\nwhere ")
                .append(String.join("\n  and ", where));
        if (report.grouped() && !report.columns().isEmpty()) {
            sql.append("\ngroup by ").append(String.join(", ",
                    report.columns().stream().map(AdHocColumn::expression).toList()));
        }
        sql.append("\norder by ").append(String.join(", ", order(report)));
        return new ReportQuery(sql.toString(), parameters);
    }

    private static String cast(String expression, ReportColumn.Kind kind, String header) {
        return "cast(" + expression + " as " + ReportQuery.type(kind) + ") as " + ReportQuery.quoted(header);
    }

    private static String condition(AdHocReport.Condition condition) {
        String e = condition.column().expression();
        boolean text = condition.column().kind() == ReportColumn.Kind.TEXT;
        return switch (condition.operator()) {
            case EQUALS -> e + " = ?";
            case NOT_EQUALS -> e + " is distinct from ?";
            case IN_LIST -> e + " in (" + String.join(", ", Collections.nCopies(condition.values().size(), "?")) + ")";
            case STARTS_WITH -> "starts_with(" + e + ", ?)";
            case BETWEEN -> e + " between ? and ?";
            case AT_LEAST -> e + " >= ?";
            case AT_MOST -> e + " <= ?";
            case IS_EMPTY -> text ? "(" + e + " is null or " + e + " = '')" : e + " is null";
            case IS_NOT_EMPTY -> text ? "(" + e + " is not null and " + e + " <> '')" : e + " is not null";
        };
    }

    /** The sort asked for, then every column of the output in order, so that pages are always cut the same way. */
    private static List<String> order(AdHocReport report) {
        List<String> keys = new ArrayList<>();
        List<Integer> used = new ArrayList<>();
        for (AdHocReport.Sort sort : report.sorts()) {
            keys.add((sort.position() + 1) + (sort.descending() ? " desc" : " asc") + " nulls last");
            used.add(sort.position());
        }
        int outputs = report.columns().size() + report.summaries().size();
        for (int position = 0; position < outputs; position++) {
            if (!used.contains(position)) {
                keys.add((position + 1) + " asc nulls last");
            }
        }
        return keys;
    }
}
