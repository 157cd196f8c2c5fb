package org.openace.payment.option;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The active ACH debit and ACH credit options that may pay a statement, for the statements of the payments module:
 * by importer number, or one by its id. Bank accounts are not read here.
 */
@Component
public class PayerOptions {

    private final JdbcClient jdbc;

    PayerOptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An active ACH option of an importer number: its kind ({@code ACH_DEBIT} or {@code ACH_CREDIT}) and payer unit number. */
    public record Payer(UUID optionId, UUID identifierId, UUID subAccountId, String kind,
                        @Nullable String payerUnitNumber) {

        public String label() {
            return "ACH_DEBIT".equals(kind) ? "ACH debit, payer unit number " + payerUnitNumber : "ACH credit";
        }
    }

    public List<Payer> activeAch(UUID identifierId) {
        return jdbc.sql("""
                select id, identifier_id, sub_account_id, kind, payer_unit_number from payment_option
                where identifier_id = ? and status = 'ACTIVE' and kind in ('ACH_DEBIT', 'ACH_CREDIT') order by kind
                """).param(identifierId).query((rs, n) -> new Payer(rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5))).list();
    }

    public Optional<Payer> activeAchOption(UUID optionId) {
        return jdbc.sql("""
                select id, identifier_id, sub_account_id, kind, payer_unit_number from payment_option
                where id = ? and status = 'ACTIVE' and kind in ('ACH_DEBIT', 'ACH_CREDIT')
                """).param(optionId).query((rs, n) -> new Payer(rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5)))
                .optional();
    }
}
