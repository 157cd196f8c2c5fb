package org.openace.reference;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.openace.account.PortCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The ports of the Schedule D edition in force on a date (today where no date is given). */
@Component
public class Ports {

    private final JdbcClient jdbc;
    private final Clock clock;

    Ports(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Port> find(PortCode code, LocalDate date) {
        return jdbc.sql("""
                select p.code, p.name, p.district_name from reference_port p
                where p.code = ? and p.load_id = (select id from reference_load where kind = 'PORTS' and effective_from <= ?
                                                  order by effective_from desc, loaded_at desc limit 1)
                """).param(code.value()).param(Date.valueOf(date))
                .query((rs, n) -> new Port(new PortCode(rs.getString(1)), rs.getString(2), rs.getString(3))).optional();
    }

    /** Every port of the Schedule D edition in force on a date, in code order (for generating data). */
    public java.util.List<PortCode> inForce(LocalDate date) {
        return jdbc.sql("""
                select p.code from reference_port p
                where p.load_id = (select id from reference_load where kind = 'PORTS' and effective_from <= ?
                                   order by effective_from desc, loaded_at desc limit 1)
                order by p.code
                """).param(Date.valueOf(date)).query((rs, n) -> new PortCode(rs.getString(1))).list();
    }

    public boolean exists(PortCode code, LocalDate date) {
        return find(code, date).isPresent();
    }

    public boolean exists(PortCode code) {
        return exists(code, LocalDate.now(clock));
    }
}
