package org.openace.reference.load;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.openace.reference.ReferenceKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * ISO 3166-1 alpha-2 countries in the machine-readable layout of the "country-list" data package
 * (github.com/datasets/country-list, {@code data.csv}): header {@code Name,Code}, one country per record.
 */
@Component
class CountriesCsvFormat implements ReferenceFormat {

    static final List<String> HEADER = List.of("Name", "Code");

    private final JdbcTemplate jdbc;

    CountriesCsvFormat(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ReferenceKind kind() {
        return ReferenceKind.COUNTRIES;
    }

    @Override
    public int load(InputStream in, UUID loadId) {
        RowBatch batch = new RowBatch(jdbc, "insert into reference_country (load_id, code, name) values (?, ?, ?)");
        Set<String> seen = new HashSet<>();
        CsvFile.read(in, HEADER, row -> {
            String name = row.get(0);
            String code = row.get(1);
            if (!code.matches("[A-Z]{2}")) {
                throw new MalformedReferenceFileException(row.where(), "Code \"" + code + "\" is not 2 capital letters (ISO 3166-1 alpha-2)");
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
