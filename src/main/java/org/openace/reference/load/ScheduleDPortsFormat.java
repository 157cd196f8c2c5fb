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
 * CBP Schedule D ("Classification of CBP Districts and Ports") as its table is published, one table row per CSV
 * record under the table's own header {@code District Code,Port Code,Name}: a district row gives the 2-digit
 * district code and the district's name; the port rows under it give the 2-digit port code and the port's name
 * (their 4-digit code is district + port). A port row may also carry its district code itself (as in a list of
 * 4-digit codes such as 19 CFR 24.24's), and then needs no district row above it.
 */
@Component
class ScheduleDPortsFormat implements ReferenceFormat {

    static final List<String> HEADER = List.of("District Code", "Port Code", "Name");

    private final JdbcTemplate jdbc;

    ScheduleDPortsFormat(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ReferenceKind kind() {
        return ReferenceKind.PORTS;
    }

    @Override
    public int load(InputStream in, UUID loadId) {
        RowBatch batch = new RowBatch(jdbc, "insert into reference_port (load_id, code, district_code, district_name, name) values (?, ?, ?, ?, ?)");
        Set<String> seen = new HashSet<>();
        String[] district = {null, null};
        CsvFile.read(in, HEADER, row -> {
            String districtCode = row.get(0);
            String portCode = row.get(1);
            String name = row.get(2);
            if (!districtCode.isEmpty() && !districtCode.matches("\\d{2}")) {
                throw new MalformedReferenceFileException(row.where(), "District Code \"" + districtCode + "\" is not 2 digits");
            }
            if (!portCode.isEmpty() && !portCode.matches("\\d{2}")) {
                throw new MalformedReferenceFileException(row.where(), "Port Code \"" + portCode + "\" is not 2 digits");
            }
            if (name.isEmpty() && !(districtCode.isEmpty() && portCode.isEmpty())) {
                throw new MalformedReferenceFileException(row.where(), "Name is empty");
            }
            if (name.length() > 200) {
                throw new MalformedReferenceFileException(row.where(), "Name is longer than 200 characters");
            }
            if (portCode.isEmpty()) {
                if (!districtCode.isEmpty()) {
                    district[0] = districtCode;
                    district[1] = name;
                }
                return; // a district row, or an empty separator row of the table
            }
            String inDistrict = districtCode.isEmpty() ? district[0] : districtCode;
            if (inDistrict == null) {
                throw new MalformedReferenceFileException(row.where(), "port " + portCode + " has no District Code and no district row above it");
            }
            String code = inDistrict + portCode;
            if (!seen.add(code)) {
                throw new MalformedReferenceFileException(row.where(), "port " + code + " is listed twice");
            }
            batch.add(loadId, code, inDistrict, inDistrict.equals(district[0]) ? district[1] : null, name);
        });
        return batch.finish();
    }
}
