package org.openace.reference.load;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.openace.reference.ReferenceKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Entry type codes of CBP Form 7501 Block 2, as a CSV {@code Code,Name} of the published list. */
@Component
class EntryTypesCsvFormat implements ReferenceFormat {

    static final List<String> HEADER = List.of("Code", "Name");

    private final JdbcTemplate jdbc;

    EntryTypesCsvFormat(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ReferenceKind kind() {
        return ReferenceKind.ENTRY_TYPES;
    }

    @Override
    public int load(InputStream in, UUID loadId) {
        RowBatch batch = new RowBatch(jdbc, "insert into reference_entry_type (load_id, code, name) values (?, ?, ?)");
        Set<String> seen = new HashSet<>();
        CsvFile.read(in, HEADER, row -> {
            String code = row.get(0);
            String name = row.get(1);
            if (!code.matches("\\d{2}")) {
                throw new MalformedReferenceFileException(row.where(), "Code \"" + code + "\" is not 2 digits");
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
