package org.openace.payment.statement;

import org.openace.account.IdentifierAssigned;
import org.openace.account.IdentifierHolders;
import org.openace.account.IdentifierKind;
import org.openace.account.IdentifierWithdrawn;
import org.openace.account.TradeIdentifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the sub-account a statement is visible from in step with the filer codes accounts hold: a filer code given to
 * a sub-account makes the statements prepared before under it visible from it; one taken away hides them again.
 * Retried from the publication registry if a node dies mid-way (each update is idempotent).
 */
@Component
class StatementVisibilityFollowsIdentifiers {

    private final JdbcClient jdbc;
    private final IdentifierHolders holders;

    StatementVisibilityFollowsIdentifiers(JdbcClient jdbc, IdentifierHolders holders) {
        this.jdbc = jdbc;
        this.holders = holders;
    }

    @ApplicationModuleListener
    void on(IdentifierAssigned assigned) {
        if (assigned.kind() != IdentifierKind.FILER_CODE) {
            return;
        }
        holders.identifier(assigned.identifierId()).map(TradeIdentifier::value).ifPresent(code -> jdbc.sql("""
                        update statement set filer_sub_account_id = ?, filer_identifier_id = ?
                        where filer_code = ? and filer_sub_account_id is null
                        """).param(assigned.subAccount().value()).param(assigned.identifierId()).param(code)
                .update());
    }

    @ApplicationModuleListener
    void on(IdentifierWithdrawn withdrawn) {
        if (withdrawn.kind() != IdentifierKind.FILER_CODE) {
            return;
        }
        jdbc.sql("""
                update statement set filer_sub_account_id = null, filer_identifier_id = null
                where filer_sub_account_id = ? and filer_identifier_id = ?
                """).param(withdrawn.subAccount().value()).param(withdrawn.identifierId()).update();
    }
}
