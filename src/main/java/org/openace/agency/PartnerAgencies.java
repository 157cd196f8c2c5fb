package org.openace.agency;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import org.openace.identity.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Other modules' question to this one: which agency a user works for and what its agreement covers. */
@Component
public class PartnerAgencies {

    private final JdbcClient jdbc;

    PartnerAgencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The agreement of the user's agency; empty if the user belongs to no agency. Its HTS prefixes are everything
     * covered, plainly or by a program.
     */
    public Optional<AgencyAgreement> agreementOf(UserId user) {
        record Agency(UUID id, String code, String name, Boolean personalDataAllowed, Boolean holdAuthority) {
        }
        Optional<Agency> agency = jdbc.sql("""
                select a.id, a.code, a.name, coalesce(g.personal_data_allowed, false) as personal_data_allowed,
                       coalesce(g.hold_authority, false) as hold_authority
                from agency_member m join partner_agency a on a.id = m.agency_id
                left join agency_agreement g on g.agency_id = a.id
                where m.user_id = ?
                """).param(user.value()).query(Agency.class).optional();
        return agency.map(a -> {
            List<AgencyProgram> programs = Agencies.programs(jdbc, a.id());
            TreeSet<String> covered = new TreeSet<>(Agencies.prefixes(jdbc, a.id()));
            programs.forEach(p -> covered.addAll(p.htsPrefixes()));
            List<String> kept = covered.stream()
                    .filter(p -> p.length() == 2 || !covered.contains(p.substring(0, 2))).toList();
            return new AgencyAgreement(a.code(), a.name(), kept, programs, a.personalDataAllowed(),
                    a.holdAuthority());
        });
    }
}
