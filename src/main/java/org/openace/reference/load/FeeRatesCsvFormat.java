package org.openace.reference.load;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.openace.reference.ReferenceKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fee rates by fiscal year, one fee per record, each with the publication it comes from:
 * {@code Fiscal Year,Class Code,Fee,Ad Valorem Percent,Minimum,Maximum,Amount,Source}. A fee is either ad valorem
 * (a percentage, with an optional minimum and maximum in dollars) or a flat amount, never both. A new year's rates
 * are loaded as a new file with that year's rows when CBP publishes them (each July for 1 October).
 */
@Component
class FeeRatesCsvFormat implements ReferenceFormat {

    static final List<String> HEADER = List.of("Fiscal Year", "Class Code", "Fee", "Ad Valorem Percent", "Minimum",
            "Maximum", "Amount", "Source");

    private final JdbcTemplate jdbc;

    FeeRatesCsvFormat(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ReferenceKind kind() {
        return ReferenceKind.FEE_RATES;
    }

    @Override
    public int load(InputStream in, UUID loadId) {
        RowBatch batch = new RowBatch(jdbc, """
                insert into reference_fee_rate (load_id, fiscal_year, class_code, description, ad_valorem_percent,
                                                minimum_amount, maximum_amount, flat_amount, source)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """);
        Set<String> seen = new HashSet<>();
        CsvFile.read(in, HEADER, row -> {
            String year = row.get(0);
            if (!year.matches("(19|20|21)\\d{2}")) {
                throw new MalformedReferenceFileException(row.where(), "Fiscal Year \"" + year + "\" is not a year such as 2026");
            }
            String classCode = row.get(1);
            if (!classCode.matches("\\d{3}")) {
                throw new MalformedReferenceFileException(row.where(), "Class Code \"" + classCode + "\" is not 3 digits");
            }
            String fee = Fields.text(row, 2, "Fee", 200, true);
            BigDecimal percent = Fields.amount(row, 3, "Ad Valorem Percent", 4);
            BigDecimal minimum = Fields.amount(row, 4, "Minimum", 2);
            BigDecimal maximum = Fields.amount(row, 5, "Maximum", 2);
            BigDecimal amount = Fields.amount(row, 6, "Amount", 2);
            String source = Fields.text(row, 7, "Source", 2000, true);
            if ((percent == null) == (amount == null)) {
                throw new MalformedReferenceFileException(row.where(), "give either Ad Valorem Percent or Amount, not "
                        + (percent == null ? "neither" : "both"));
            }
            if (percent == null && (minimum != null || maximum != null)) {
                throw new MalformedReferenceFileException(row.where(), "Minimum and Maximum belong to an ad valorem fee");
            }
            if (percent != null && percent.compareTo(new BigDecimal("100")) > 0) {
                throw new MalformedReferenceFileException(row.where(), "Ad Valorem Percent is over 100");
            }
            if (minimum != null && maximum != null && minimum.compareTo(maximum) > 0) {
                throw new MalformedReferenceFileException(row.where(), "Minimum " + minimum + " is above Maximum " + maximum);
            }
            if (!seen.add(year + "/" + classCode)) {
                throw new MalformedReferenceFileException(row.where(), "class " + classCode + " is listed twice for fiscal year " + year);
            }
            batch.add(loadId, Integer.parseInt(year), classCode, fee, percent, minimum, maximum, amount, source);
        });
        return batch.finish();
    }
}
