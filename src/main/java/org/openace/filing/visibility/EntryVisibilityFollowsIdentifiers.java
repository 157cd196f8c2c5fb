package org.openace.filing.visibility;

import org.openace.account.IdentifierAssigned;
import org.openace.account.IdentifierHolders;
import org.openace.account.IdentifierKind;
import org.openace.account.IdentifierWithdrawn;
import org.openace.account.TradeIdentifier;
import org.openace.privacy.PersonalDataVault;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the sub-accounts an entry is visible from in step with the identifiers accounts hold: an importer that opens
 * its account after its broker filed its entries sees them from then on, and a sub-account that gives up an
 * identifier no longer sees the entries through it. Works in batches of {@value #BATCH} entries, each in its own
 * transaction, so that an importer with a million entries holds no long lock; retried from the publication registry
 * if a node dies mid-way (each batch is idempotent).
 */
@Component
class EntryVisibilityFollowsIdentifiers {

    static final int BATCH = 10_000;

    private final JdbcClient jdbc;
    private final IdentifierHolders holders;
    private final PersonalDataVault vault;
    private final TransactionTemplate transaction;

    EntryVisibilityFollowsIdentifiers(JdbcClient jdbc, IdentifierHolders holders, PersonalDataVault vault,
                                      TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.holders = holders;
        this.vault = vault;
        this.transaction = transaction;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(IdentifierAssigned assigned) {
        if (assigned.kind() != IdentifierKind.IMPORTER_NUMBER && assigned.kind() != IdentifierKind.FILER_CODE) {
            return;
        }
        TradeIdentifier identifier = holders.identifier(assigned.identifierId()).orElse(null);
        if (identifier == null) {
            return; // withdrawn again since
        }
        if (assigned.kind() == IdentifierKind.IMPORTER_NUMBER) {
            byte[] digest = vault.digest(identifier.taxIdentifier().orElseThrow());
            inBatches("""
                    update entry_summary set importer_sub_account_id = :sub, importer_identifier_id = :id,
                        change_seq = nextval('entry_change_seq')
                    where entry_number in (select entry_number from entry_summary
                                           where importer_digest = :digest and importer_sub_account_id is null
                                           limit :batch)
                    """, assigned, "digest", digest);
        }
        else {
            String code = identifier.value();
            inBatches("""
                    update entry_summary set filer_sub_account_id = :sub, filer_identifier_id = :id,
                        change_seq = nextval('entry_change_seq')
                    where entry_number in (select entry_number from entry_summary
                                           where entry_number between :code || '00000000' and :code || '99999999'
                                             and filer_code = :code and filer_sub_account_id is null
                                           limit :batch)
                    """, assigned, "code", code);
        }
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(IdentifierWithdrawn withdrawn) {
        String column = switch (withdrawn.kind()) {
            case IMPORTER_NUMBER -> "importer";
            case FILER_CODE -> "filer";
            default -> null;
        };
        if (column == null) {
            return;
        }
        int changed;
        do {
            changed = transaction.execute(status -> jdbc.sql("""
                    update entry_summary set %1$s_sub_account_id = null, %1$s_identifier_id = null,
                        change_seq = nextval('entry_change_seq')
                    where entry_number in (select entry_number from entry_summary
                                           where %1$s_sub_account_id = :sub and %1$s_identifier_id = :id
                                           limit :batch)
                    """.formatted(column)).param("sub", withdrawn.subAccount().value())
                    .param("id", withdrawn.identifierId()).param("batch", BATCH).update());
        } while (changed == BATCH);
    }

    private void inBatches(String sql, IdentifierAssigned assigned, String name, Object value) {
        int changed;
        do {
            changed = transaction.execute(status -> jdbc.sql(sql).param("sub", assigned.subAccount().value())
                    .param("id", assigned.identifierId()).param(name, value).param("batch", BATCH).update());
        } while (changed == BATCH);
    }
}
