package org.openace.review.form;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.openace.account.SubAccountId;
import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The brokers an importer's sub-account designates for courtesy copies of its CBP forms, by filer code: the broker
 * that filed an entry under a designated filer code sees the forms on that entry (and their submitted answers), but
 * does not answer them. Audited both ways.
 */
@Component
public class BrokerCopies {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    BrokerCopies(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The designated filer codes of an importer's sub-account, sorted. */
    public List<String> of(SubAccountId importer) {
        return jdbc.sql("select filer_code from form_copy_designation where importer_sub_account_id = ? "
                + "order by filer_code").param(importer.value()).query(String.class).list();
    }

    /** A filer code as typed, if it has the shape of one: three letters or digits. */
    static java.util.Optional<String> filerCode(String typed) {
        String code = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        return code.matches("[0-9A-Z]{3}") ? java.util.Optional.of(code) : java.util.Optional.empty();
    }

    @Transactional
    public boolean designate(SubAccountId importer, String filerCode, AuditActor actor) {
        int added = jdbc.sql("""
                insert into form_copy_designation (importer_sub_account_id, filer_code, designated_by_name,
                                                   designated_at)
                values (?, ?, ?, ?) on conflict do nothing
                """).param(importer.value()).param(filerCode).param(actor.name())
                .param(Timestamp.from(clock.instant())).update();
        if (added > 0) {
            audit.record(AuditRecord.of("FORM_COPIES_DESIGNATED", AuditOutcome.SUCCESS).actor(actor)
                    .object("SUB_ACCOUNT", importer.value()).detail("filerCode", filerCode));
        }
        return added > 0;
    }

    @Transactional
    public boolean withdraw(SubAccountId importer, String filerCode, AuditActor actor) {
        int removed = jdbc.sql("delete from form_copy_designation where importer_sub_account_id = ? and filer_code = ?")
                .param(importer.value()).param(filerCode).update();
        if (removed > 0) {
            audit.record(AuditRecord.of("FORM_COPIES_WITHDRAWN", AuditOutcome.SUCCESS).actor(actor)
                    .object("SUB_ACCOUNT", importer.value()).detail("filerCode", filerCode));
        }
        return removed > 0;
    }
}
