package org.openace.review.form;

import org.openace.account.IdentifierAssigned;
import org.openace.account.IdentifierHolders;
import org.openace.account.IdentifierKind;
import org.openace.account.IdentifierWithdrawn;
import org.openace.account.TradeIdentifier;
import org.openace.privacy.PersonalDataVault;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the sub-accounts a form (and a protest, by its importer) is visible from in step with the identifiers accounts hold, as the entries' are: an
 * importer number given to a sub-account makes the forms issued before on its entries visible from it (matched by
 * the number's keyed digest), a filer code the forms on the entries it filed; one taken away hides them again.
 * Retried from the publication registry if a node dies mid-way (each update is idempotent).
 */
@Component
class FormVisibilityFollowsIdentifiers {

    private final JdbcClient jdbc;
    private final IdentifierHolders holders;
    private final PersonalDataVault vault;

    FormVisibilityFollowsIdentifiers(JdbcClient jdbc, IdentifierHolders holders, PersonalDataVault vault) {
        this.jdbc = jdbc;
        this.holders = holders;
        this.vault = vault;
    }

    @ApplicationModuleListener
    void on(IdentifierAssigned assigned) {
        if (assigned.kind() != IdentifierKind.IMPORTER_NUMBER && assigned.kind() != IdentifierKind.FILER_CODE) {
            return;
        }
        TradeIdentifier identifier = holders.identifier(assigned.identifierId()).orElse(null);
        if (identifier == null) {
            return; // withdrawn again since
        }
        if (assigned.kind() == IdentifierKind.IMPORTER_NUMBER) {
            jdbc.sql("""
                    update cbp_form set importer_sub_account_id = ?, importer_identifier_id = ?
                    where importer_digest = ? and importer_sub_account_id is null
                    """).param(assigned.subAccount().value()).param(assigned.identifierId())
                    .param(vault.digest(identifier.taxIdentifier().orElseThrow())).update();
            jdbc.sql("""
                    update protest set importer_sub_account_id = ?, importer_identifier_id = ?
                    where importer_digest = ? and importer_sub_account_id is null
                    """).param(assigned.subAccount().value()).param(assigned.identifierId())
                    .param(vault.digest(identifier.taxIdentifier().orElseThrow())).update();
        }
        else {
            jdbc.sql("""
                    update cbp_form set filer_sub_account_id = ?, filer_identifier_id = ?
                    where filer_code = ? and filer_sub_account_id is null
                    """).param(assigned.subAccount().value()).param(assigned.identifierId())
                    .param(identifier.value()).update();
        }
    }

    @ApplicationModuleListener
    void on(IdentifierWithdrawn withdrawn) {
        String column = switch (withdrawn.kind()) {
            case IMPORTER_NUMBER -> "importer";
            case FILER_CODE -> "filer";
            default -> null;
        };
        if (column == null) {
            return;
        }
        jdbc.sql("""
                update cbp_form set %1$s_sub_account_id = null, %1$s_identifier_id = null
                where %1$s_sub_account_id = ? and %1$s_identifier_id = ?
                """.formatted(column)).param(withdrawn.subAccount().value()).param(withdrawn.identifierId())
                .update();
        if (withdrawn.kind() == IdentifierKind.IMPORTER_NUMBER) {
            jdbc.sql("""
                    update protest set importer_sub_account_id = null, importer_identifier_id = null
                    where importer_sub_account_id = ? and importer_identifier_id = ?
                    """).param(withdrawn.subAccount().value()).param(withdrawn.identifierId()).update();
        }
    }
}
