package org.openace.reference.load;

import java.util.List;

import org.openace.reference.ReferenceKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Entry type codes of CBP Form 7501 Block 2, as a CSV {@code Code,Name} of the published list. */
@Component
class EntryTypesCsvFormat extends CodeListCsvFormat {

    static final List<String> HEADER = List.of("Code", "Name");

    EntryTypesCsvFormat(JdbcTemplate jdbc) {
        super(jdbc, ReferenceKind.ENTRY_TYPES, "reference_entry_type", HEADER, "\\d{2}", "2 digits");
    }
}
