package org.openace.reference.load;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.openace.reference.ReferenceKind;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A published list of codes with their names, one per CSV record, into a table {@code (load_id, code, name)}: the
 * columns in the published order, each code checked against the list's pattern and listed once.
 */
abstract class CodeListCsvFormat implements ReferenceFormat {

    private final JdbcTemplate jdbc;
    private final ReferenceKind kind;
    private final String table;
    private final List<String> header;
    private final String codePattern;
    private final String codeDescription;

    /**
     * @param header the published header: exactly two columns, {@code Code} and {@code Name}, in the published order
     * @param codeDescription what a code is, to finish "Code "X" is not ..." (e.g. "2 digits")
     */
    CodeListCsvFormat(JdbcTemplate jdbc, ReferenceKind kind, String table, List<String> header, String codePattern,
                      String codeDescription) {
        if (!header.contains("Code") || !header.contains("Name") || header.size() != 2
                || !table.matches("reference_[a-z_]+")) {
            throw new IllegalArgumentException("A code list has a Code and a Name column and a reference table");
        }
        this.jdbc = jdbc;
        this.kind = kind;
        this.table = table;
        this.header = header;
        this.codePattern = codePattern;
        this.codeDescription = codeDescription;
    }

    @Override
    public ReferenceKind kind() {
        return kind;
    }

    @Override
    public int load(InputStream in, UUID loadId) {
        RowBatch batch = new RowBatch(jdbc, "insert into " + table + " (load_id, code, name) values (?, ?, ?)");
        int codeColumn = header.indexOf("Code");
        int nameColumn = header.indexOf("Name");
        Set<String> seen = new HashSet<>();
        CsvFile.read(in, header, row -> {
            String code = row.get(codeColumn);
            String name = row.get(nameColumn);
            if (!code.matches(codePattern)) {
                throw new MalformedReferenceFileException(row.where(),
                        "Code \"" + code + "\" is not " + codeDescription);
            }
            if (name.isEmpty() || name.length() > 200) {
                throw new MalformedReferenceFileException(row.where(), "Name must be 1 to 200 characters");
            }
            if (!seen.add(code)) {
                throw new MalformedReferenceFileException(row.where(), "Code " + code + " is listed twice");
            }
            batch.add(loadId, code, name);
        });
        return batch.finish();
    }
}
