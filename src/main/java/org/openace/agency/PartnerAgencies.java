package org.openace.agency;

import java.util.List;
import java.util.Optional;
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

    /** The agreement of the user's agency; empty if the user belongs to no agency. */
    public Optional<AgencyAgreement> agreementOf(UserId user) {
        record Agency(UUID id, String code, String name) {
        }
        Optional<Agency> agency = jdbc.sql("""
                select a.id, a.code, a.name from agency_member m join partner_agency a on a.id = m.agency_id
                where m.user_id = ?
                """).param(user.value()).query(Agency.class).optional();
        return agency.map(a -> new AgencyAgreement(a.code(), a.name(), prefixes(a.id())));
    }

    private List<String> prefixes(UUID agency) {
        return jdbc.sql("select hts_prefix from agency_agreement_hts where agency_id = ? order by hts_prefix")
                .param(agency).query(String.class).list();
    }
}
