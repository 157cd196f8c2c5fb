package org.openace.reference.load;

import java.io.InputStream;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.openace.reference.AdCvdCaseNumber;
import org.openace.reference.ReferenceKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * AD/CVD cases, one per record with its publication: {@code Case Number,Country,Product,Cash Deposit Percent,
 * Effective From,Source}. The case number as Commerce writes it ({@code A-570-016}, hyphens optional, no company
 * suffix), the ISO 3166-1 alpha-2 country the order covers, the product; the rate and its date are optional.
 */
@Component
class AdCvdCasesCsvFormat implements ReferenceFormat {

    static final List<String> HEADER = List.of("Case Number", "Country", "Product", "Cash Deposit Percent",
            "Effective From", "Source");

    private final JdbcTemplate jdbc;

    AdCvdCasesCsvFormat(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ReferenceKind kind() {
        return ReferenceKind.ADCVD_CASES;
    }

    @Override
    public int load(InputStream in, UUID loadId) {
        RowBatch batch = new RowBatch(jdbc, """
                insert into reference_adcvd_case (load_id, case_key, country, product, cash_deposit_percent,
                                                  effective_from, source)
                values (?, ?, ?, ?, ?, ?, ?)
                """);
        Set<String> seen = new HashSet<>();
        CsvFile.read(in, HEADER, row -> {
            Optional<AdCvdCaseNumber> number = AdCvdCaseNumber.parse(row.get(0));
            if (number.isEmpty() || number.get().company() != null) {
                throw new MalformedReferenceFileException(row.where(), "Case Number \"" + row.get(0)
                        + "\" is not a case number such as A-570-016 (A or C, 3-digit country, 3-digit case)");
            }
            String country = row.get(1);
            if (!country.matches("[A-Z]{2}")) {
                throw new MalformedReferenceFileException(row.where(), "Country \"" + country + "\" is not an ISO 3166-1 alpha-2 code");
            }
            String product = Fields.text(row, 2, "Product", 300, true);
            var percent = Fields.amount(row, 3, "Cash Deposit Percent", 4);
            LocalDate from = Fields.date(row, 4, "Effective From", false);
            String source = Fields.text(row, 5, "Source", 2000, true);
            if (!seen.add(number.get().caseKey())) {
                throw new MalformedReferenceFileException(row.where(), "case " + number.get().caseText() + " is listed twice");
            }
            batch.add(loadId, number.get().caseKey(), country, product, percent, from == null ? null : Date.valueOf(from), source);
        });
        return batch.finish();
    }
}
