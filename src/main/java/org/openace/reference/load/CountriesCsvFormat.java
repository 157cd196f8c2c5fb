package org.openace.reference.load;

import java.util.List;

import org.openace.reference.ReferenceKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * ISO 3166-1 alpha-2 countries in the machine-readable layout of the "country-list" data package
 * (github.com/datasets/country-list, {@code data.csv}): header {@code Name,Code}, one country per record.
 */
@Component
class CountriesCsvFormat extends CodeListCsvFormat {

    static final List<String> HEADER = List.of("Name", "Code");

    CountriesCsvFormat(JdbcTemplate jdbc) {
        super(jdbc, ReferenceKind.COUNTRIES, "reference_country", HEADER, "[A-Z]{2}",
                "2 capital letters (ISO 3166-1 alpha-2)");
    }
}
