package org.openace.reference;

import java.sql.Date;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** AD/CVD cases on file, found by the case part of a number (the company suffix of an entry line is ignored). */
@Component
public class AdCvdCases {

    private final JdbcClient jdbc;

    AdCvdCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AdCvdCase> find(AdCvdCaseNumber number) {
        return jdbc.sql("""
                select c.case_key, c.country, c.product, c.cash_deposit_percent, c.effective_from, c.source
                from reference_adcvd_case c join reference_load l on l.id = c.load_id
                where c.case_key = ? order by l.loaded_at desc limit 1
                """).param(number.caseKey())
                .query((rs, n) -> {
                    Date from = rs.getDate(5);
                    return new AdCvdCase(AdCvdCaseNumber.parse(rs.getString(1)).orElseThrow(),
                            new CountryCode(rs.getString(2)), rs.getString(3), rs.getBigDecimal(4),
                            from == null ? null : from.toLocalDate(), rs.getString(6));
                }).optional();
    }

    public boolean exists(AdCvdCaseNumber number) {
        return find(number).isPresent();
    }
}
