package org.openace.reference;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The ISO 3166-1 countries of the edition in force on a date (today where no date is given). */
@Component
public class Countries {

    private final JdbcClient jdbc;
    private final Clock clock;

    Countries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The country's name, if the code names a country in the edition in force. */
    public Optional<String> name(CountryCode code, LocalDate date) {
        return jdbc.sql("""
                select name from reference_country
                where code = ? and load_id = (select id from reference_load where kind = 'COUNTRIES' and effective_from <= ?
                                              order by effective_from desc, loaded_at desc limit 1)
                """).param(code.value()).param(Date.valueOf(date)).query(String.class).optional();
    }

    public boolean exists(CountryCode code, LocalDate date) {
        return name(code, date).isPresent();
    }

    public boolean exists(CountryCode code) {
        return exists(code, LocalDate.now(clock));
    }
}
