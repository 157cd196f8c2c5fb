package org.openace.reports.run;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.openace.reports.ReportColumn;
import org.springframework.stereotype.Component;

/**
 * Pages of a finished run's rows, read from its result file by DuckDB ({@code limit}/{@code offset} over the file,
 * whose rows are in the report's order). A page past the last shows the last.
 */
@Component
public class ResultPages {

    public static final int SIZE = 50;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);

    private final ResultDatabase database;
    private final ResultFiles files;
    private final ReportSources sources;

    ResultPages(ResultDatabase database, ResultFiles files, ReportSources sources) {
        this.database = database;
        this.files = files;
        this.sources = sources;
    }

    public ResultPage page(ReportRun run, long requested) throws SQLException, IOException {
        List<ReportColumn> columns = columnsOf(run);
        long total = run.rowCount() == null ? 0 : run.rowCount();
        long pages = Math.max(1, (total + SIZE - 1) / SIZE);
        long number = Math.clamp(requested, 1, pages);
        List<List<String>> rows = database.read(duck -> {
            List<List<String>> read = new ArrayList<>();
            try (var statement = duck.prepareStatement("select * from read_parquet(?) limit ? offset ?")) {
                statement.setString(1, files.of(run.id()).toString());
                statement.setInt(2, SIZE);
                statement.setLong(3, (number - 1) * SIZE);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        List<String> row = new ArrayList<>(columns.size());
                        for (int i = 0; i < columns.size(); i++) {
                            row.add(shown(rs, i + 1, columns.get(i).kind()));
                        }
                        read.add(row);
                    }
                }
            }
            return read;
        });
        return new ResultPage(columns.stream().map(ReportColumn::header).toList(), rows, number, pages, total, SIZE);
    }

    /** The columns of a run's report. */
    public List<ReportColumn> columnsOf(ReportRun run) {
        return sources.columnsOf(run);
    }

    /** A cell as shown on screen: dates MM/DD/YYYY, money with thousands separators, quantities without trailing zeros. */
    public static String shown(ResultSet rs, int column, ReportColumn.Kind kind) throws SQLException {
        return switch (kind) {
            case DATE -> {
                LocalDate date = rs.getObject(column, LocalDate.class);
                yield date == null ? "" : DATE.format(date);
            }
            case MONEY -> {
                BigDecimal amount = rs.getBigDecimal(column);
                yield amount == null ? "" : money().format(amount);
            }
            case QUANTITY -> {
                BigDecimal quantity = rs.getBigDecimal(column);
                yield quantity == null ? "" : quantity.stripTrailingZeros().toPlainString();
            }
            case INTEGER, TEXT -> {
                String text = rs.getString(column);
                yield text == null ? "" : text;
            }
        };
    }

    private static DecimalFormat money() {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        format.setParseBigDecimal(true);
        return format;
    }
}
