package org.openace.reference;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The entry type codes (Form 7501 Block 2) of the edition in force on a date (today where no date is given). */
@Component
public class EntryTypes {

    private final JdbcClient jdbc;
    private final Clock clock;

    EntryTypes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The entry type's published name, if the code is one in the edition in force. */
    public Optional<String> name(EntryTypeCode code, LocalDate date) {
        return jdbc.sql("""
                select name from reference_entry_type
                where code = ? and load_id = (select id from reference_load where kind = 'ENTRY_TYPES' and effective_from <= ?
                                              order by effective_from desc, loaded_at desc limit 1)
                """).param(code.value()).param(Date.valueOf(date)).query(String.class).optional();
    }

    public boolean exists(EntryTypeCode code, LocalDate date) {
        return name(code, date).isPresent();
    }

    public boolean exists(EntryTypeCode code) {
        return exists(code, LocalDate.now(clock));
    }
}
