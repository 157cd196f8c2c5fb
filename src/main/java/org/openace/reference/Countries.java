package org.openace.reference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The ISO 3166-1 countries of the edition in force on a date (today where no date is given). */
@Component
public class Countries {

    private final CodeList codes;
    private final Clock clock;

    Countries(JdbcClient jdbc, Clock clock) {
        this.codes = new CodeList(jdbc, ReferenceKind.COUNTRIES, "reference_country");
        this.clock = clock;
    }

    /** The country's name, if the code names a country in the edition in force. */
    public Optional<String> name(CountryCode code, LocalDate date) {
        return codes.name(code.value(), date);
    }

    /** Every country of the edition in force on a date, in code order (for generating data). */
    public java.util.List<CountryCode> inForce(LocalDate date) {
        return codes.codes(date).stream().map(CountryCode::new).toList();
    }

    public boolean exists(CountryCode code, LocalDate date) {
        return name(code, date).isPresent();
    }

    public boolean exists(CountryCode code) {
        return exists(code, LocalDate.now(clock));
    }
}
