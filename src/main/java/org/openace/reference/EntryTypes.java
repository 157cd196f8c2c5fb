package org.openace.reference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The entry type codes (Form 7501 Block 2) of the edition in force on a date (today where no date is given). */
@Component
public class EntryTypes {

    private final CodeList codes;
    private final Clock clock;

    EntryTypes(JdbcClient jdbc, Clock clock) {
        this.codes = new CodeList(jdbc, ReferenceKind.ENTRY_TYPES, "reference_entry_type");
        this.clock = clock;
    }

    /** The entry type's published name, if the code is one in the edition in force. */
    public Optional<String> name(EntryTypeCode code, LocalDate date) {
        return codes.name(code.value(), date);
    }

    public boolean exists(EntryTypeCode code, LocalDate date) {
        return name(code, date).isPresent();
    }

    public boolean exists(EntryTypeCode code) {
        return exists(code, LocalDate.now(clock));
    }
}
