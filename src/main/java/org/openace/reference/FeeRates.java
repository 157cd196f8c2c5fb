package org.openace.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fee rates by fiscal year, from every fee file loaded (where two files give the same year and class, the one loaded
 * last counts). A year with no rates loaded has none: nothing is carried forward or guessed, so a rule checking an
 * MPF in FY2027 before its rates are published and loaded says so.
 */
@Component
public class FeeRates {

    private final JdbcClient jdbc;

    FeeRates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<FeeRate> rate(FeeClassCode classCode, FiscalYear year) {
        return jdbc.sql("""
                select f.fiscal_year, f.class_code, f.description, f.ad_valorem_percent, f.minimum_amount,
                       f.maximum_amount, f.flat_amount, f.source
                from reference_fee_rate f join reference_load l on l.id = f.load_id
                where f.class_code = ? and f.fiscal_year = ? order by l.loaded_at desc limit 1
                """).param(classCode.value()).param(year.year())
                .query((rs, n) -> new FeeRate(FiscalYear.of(rs.getInt(1)), new FeeClassCode(rs.getString(2)),
                        rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6),
                        rs.getBigDecimal(7), rs.getString(8))).optional();
    }

    /** The rate of a fee on a date (of the fiscal year containing it). */
    public Optional<FeeRate> rateOn(FeeClassCode classCode, LocalDate date) {
        return rate(classCode, FiscalYear.containing(date));
    }

    public Optional<FeeRate> mpf(FiscalYear year) {
        return rate(FeeClassCode.MPF, year);
    }

    public Optional<FeeRate> hmf(FiscalYear year) {
        return rate(FeeClassCode.HMF, year);
    }

    public Optional<FeeRate> informal(FiscalYear year) {
        return rate(FeeClassCode.INFORMAL, year);
    }

    /** The fiscal years for which a fee has rates loaded, in order (for generating data only where rates exist). */
    public List<FiscalYear> yearsLoaded(FeeClassCode classCode) {
        return jdbc.sql("select distinct fiscal_year from reference_fee_rate where class_code = ? order by 1")
                .param(classCode.value()).query((rs, n) -> FiscalYear.of(rs.getInt(1))).list();
    }
}
