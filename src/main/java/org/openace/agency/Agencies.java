package org.openace.agency;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.identity.UserDirectory;
import org.openace.identity.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tables of partner agencies, their agreements and members (explicit SQL). */
@Component
class Agencies {

    private final JdbcClient jdbc;
    private final UserDirectory users;

    Agencies(JdbcClient jdbc, UserDirectory users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    private record Row(UUID id, String code, String name, @Nullable Timestamp updatedAt,
                       @Nullable Boolean personalDataAllowed, @Nullable Boolean holdAuthority) {
    }

    private static final String SELECT = """
            select a.id, a.code, a.name, g.updated_at, g.personal_data_allowed, g.hold_authority from partner_agency a
            left join agency_agreement g on g.agency_id = a.id""";

    List<Agency> all() {
        return jdbc.sql(SELECT + " order by a.code").query(Row.class).list().stream().map(this::agency).toList();
    }

    Optional<Agency> find(String code) {
        return jdbc.sql(SELECT + " where a.code = ?").param(code).query(Row.class).optional().map(this::agency);
    }

    private Agency agency(Row row) {
        AgreementTerms terms = new AgreementTerms(prefixes(jdbc, row.id()), programs(jdbc, row.id()),
                Boolean.TRUE.equals(row.personalDataAllowed()), Boolean.TRUE.equals(row.holdAuthority()));
        return new Agency(row.id(), row.code(), row.name(), terms,
                row.updatedAt() == null ? null : row.updatedAt().toInstant());
    }

    static List<String> prefixes(JdbcClient jdbc, UUID agency) {
        return jdbc.sql("select hts_prefix from agency_agreement_hts where agency_id = ? order by hts_prefix")
                .param(agency).query(String.class).list();
    }

    static List<AgencyProgram> programs(JdbcClient jdbc, UUID agency) {
        return jdbc.sql("""
                select program_code, program_name, hts_prefixes from agency_agreement_program where agency_id = ?
                order by program_code
                """).param(agency).query((rs, n) -> new AgencyProgram(rs.getString(1), rs.getString(2),
                        List.of((String[]) rs.getArray(3).getArray()))).list();
    }

    /** Records a new agency with its agreement; false if the code is taken. */
    boolean insert(UUID id, String code, String name, AgreementTerms terms, UserId by, Instant at) {
        int added = jdbc.sql("""
                insert into partner_agency (id, code, name, created_at, created_by) values (?, ?, ?, ?, ?)
                on conflict (code) do nothing
                """).params(id, code, name, Timestamp.from(at), by.value()).update();
        if (added == 0) {
            return false;
        }
        replaceAgreement(id, terms, by, at);
        return true;
    }

    void rename(UUID agency, String name) {
        jdbc.sql("update partner_agency set name = ? where id = ?").params(name, agency).update();
    }

    /** Replaces what the agreement covers (the agreement row is locked meanwhile). */
    void replaceAgreement(UUID agency, AgreementTerms terms, UserId by, Instant at) {
        jdbc.sql("""
                insert into agency_agreement (agency_id, updated_at, updated_by, personal_data_allowed, hold_authority)
                values (?, ?, ?, ?, ?)
                on conflict (agency_id) do update set updated_at = excluded.updated_at, updated_by = excluded.updated_by,
                    personal_data_allowed = excluded.personal_data_allowed, hold_authority = excluded.hold_authority
                """).params(agency, Timestamp.from(at), by.value(), terms.personalDataAllowed(), terms.holdAuthority())
                .update();
        jdbc.sql("delete from agency_agreement_hts where agency_id = ?").param(agency).update();
        jdbc.sql("delete from agency_agreement_program where agency_id = ?").param(agency).update();
        insertPrefixes(agency, terms.prefixes());
        for (AgencyProgram program : terms.programs()) {
            jdbc.sql("""
                    insert into agency_agreement_program (agency_id, program_code, program_name, hts_prefixes)
                    values (?, ?, ?, cast(? as varchar(4)[]))
                    """).params(agency, program.code(), program.name(),
                    "{" + String.join(",", program.htsPrefixes()) + "}").update();
        }
    }

    private void insertPrefixes(UUID agency, List<String> prefixes) {
        for (String prefix : prefixes) {
            jdbc.sql("insert into agency_agreement_hts (agency_id, hts_prefix) values (?, ?)")
                    .params(agency, prefix).update();
        }
    }

    List<AgencyMember> members(UUID agency) {
        record Member(UUID userId, Timestamp assignedAt) {
        }
        return jdbc.sql("select user_id, assigned_at from agency_member where agency_id = ? order by assigned_at")
                .param(agency).query(Member.class).list().stream()
                .flatMap(m -> users.find(new UserId(m.userId())).stream()
                        .map(u -> new AgencyMember(m.userId(), u.username().value(), u.displayName(),
                                m.assignedAt().toInstant())))
                .toList();
    }

    /** The code of the agency the user belongs to, if any. */
    Optional<String> agencyOf(UserId user) {
        return jdbc.sql("select a.code from agency_member m join partner_agency a on a.id = m.agency_id "
                + "where m.user_id = ?").param(user.value()).query(String.class).optional();
    }

    void assign(UserId user, UUID agency, UserId by, Instant at) {
        jdbc.sql("insert into agency_member (user_id, agency_id, assigned_at, assigned_by) values (?, ?, ?, ?)")
                .params(user.value(), agency, Timestamp.from(at), by.value()).update();
    }

    boolean remove(UserId user, UUID agency) {
        return jdbc.sql("delete from agency_member where user_id = ? and agency_id = ?")
                .params(user.value(), agency).update() > 0;
    }
}
