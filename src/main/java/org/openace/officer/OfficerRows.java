package org.openace.officer;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.openace.account.PortCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tables of officers' ports ({@code officer_port}) and teams ({@code officer_team}), with explicit SQL. */
@Component
class OfficerRows {

    /** The first key of the advisory lock taken while an officer's ports are replaced (the second is the officer). */
    private static final int SETTING_LOCK = 0x0FF1CE;

    private final JdbcClient jdbc;

    OfficerRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<PortCode> ports(UUID officer) {
        return PortList.sorted(jdbc.sql("select port from officer_port where user_id = ?").param(officer)
                .query((rs, n) -> new PortCode(rs.getString(1))).list());
    }

    Optional<String> team(UUID officer) {
        return jdbc.sql("select team from officer_team where user_id = ?").param(officer).query(String.class)
                .optional();
    }

    /** The officers who work any of these ports. */
    Set<UUID> working(Collection<PortCode> ports) {
        return new HashSet<>(jdbc.sql("select distinct user_id from officer_port where port in (:ports)")
                .param("ports", ports.stream().map(PortCode::value).toList()).query(UUID.class).list());
    }

    /** The ports of each of these officers who works some (those who work none are left out). */
    Map<UUID, Set<PortCode>> portsOf(Collection<UUID> officers) {
        Map<UUID, Set<PortCode>> ports = new HashMap<>();
        if (officers.isEmpty()) {
            return ports;
        }
        jdbc.sql("select user_id, port from officer_port where user_id in (:officers)").param("officers", officers)
                .query((rs, n) -> {
                    ports.computeIfAbsent(rs.getObject(1, UUID.class), id -> new TreeSet<>(
                            Comparator.comparing(PortCode::value))).add(new PortCode(rs.getString(2)));
                    return n;
                }).list();
        return ports;
    }

    /** Every officer's team, by officer. */
    Map<UUID, String> teams() {
        Map<UUID, String> teams = new HashMap<>();
        jdbc.sql("select user_id, team from officer_team").query((rs, n) -> teams.put(rs.getObject(1, UUID.class),
                rs.getString(2))).list();
        return teams;
    }

    /**
     * Replaces the officer's ports and team. Holds a lock on the officer until the transaction ends, so that two
     * administrators setting the same officer at once are taken one after the other, the last one's setting kept.
     */
    void replace(UUID officer, Set<PortCode> ports, Optional<String> team) {
        jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))").params(SETTING_LOCK, officer.toString())
                .query().singleValue();
        jdbc.sql("delete from officer_port where user_id = ?").param(officer).update();
        for (PortCode port : ports) {
            jdbc.sql("insert into officer_port (user_id, port) values (?, ?)").params(officer, port.value()).update();
        }
        if (team.isPresent()) {
            jdbc.sql("""
                    insert into officer_team (user_id, team) values (?, ?)
                    on conflict (user_id) do update set team = excluded.team
                    """).params(officer, team.get()).update();
        } else {
            jdbc.sql("delete from officer_team where user_id = ?").param(officer).update();
        }
    }

    /** Whether anything is set for the officer (a port or a team). */
    boolean anythingSet(UUID officer) {
        return jdbc.sql("""
                select exists(select 1 from officer_port where user_id = ?)
                    or exists(select 1 from officer_team where user_id = ?)
                """).params(officer, officer).query(Boolean.class).single();
    }
}
