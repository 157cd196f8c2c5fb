package org.openace.payment.option;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.DataRef;
import org.openace.account.SubAccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The active ACH debit and ACH credit options that may pay a statement, for the statements of the payments module:
 * by importer number or filer code, or one by its id. Bank accounts are not read here.
 */
@Component
public class PayerOptions {

    private final JdbcClient jdbc;

    PayerOptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An active ACH option of an importer number or (when {@code filerCode}) of a filer code: its kind
     * ({@code ACH_DEBIT} or {@code ACH_CREDIT}) and payer unit number.
     */
    public record Payer(UUID optionId, UUID identifierId, UUID subAccountId, boolean filerCode, String kind,
                        @Nullable String payerUnitNumber) {

        public String label() {
            return ("ACH_DEBIT".equals(kind) ? "ACH debit, payer unit number " + payerUnitNumber : "ACH credit")
                    + (filerCode ? " (the filer's own)" : " (the importer's)");
        }

        /** What a decision on using it is about: the importer number or the filer code of its sub-account. */
        public DataRef dataRef() {
            SubAccountId sub = new SubAccountId(subAccountId);
            return filerCode ? new DataRef(sub, null, identifierId, null) : new DataRef(sub, identifierId, null, null);
        }
    }

    public List<Payer> activeAch(UUID identifierId) {
        return jdbc.sql("""
                select id, identifier_id, sub_account_id, payer_kind, kind, payer_unit_number from payment_option
                where identifier_id = ? and status = 'ACTIVE' and kind in ('ACH_DEBIT', 'ACH_CREDIT') order by kind
                """).param(identifierId).query(PayerOptions::payer).list();
    }

    public Optional<Payer> activeAchOption(UUID optionId) {
        return jdbc.sql("""
                select id, identifier_id, sub_account_id, payer_kind, kind, payer_unit_number from payment_option
                where id = ? and status = 'ACTIVE' and kind in ('ACH_DEBIT', 'ACH_CREDIT')
                """).param(optionId).query(PayerOptions::payer).optional();
    }

    private static Payer payer(ResultSet rs, int row) throws SQLException {
        return new Payer(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                "FILER_CODE".equals(rs.getString(4)), rs.getString(5), rs.getString(6));
    }
}
