package org.openace.filing.store;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.openace.account.PortCode;
import org.openace.account.SubAccountId;
import org.openace.audit.AuditActor;
import org.openace.filing.EntryNumber;
import org.openace.filing.EntryReviews;
import org.openace.filing.EntrySummaryStatus;
import org.openace.filing.ReviewStep;
import org.openace.filing.ReviewedEntry;
import org.openace.filing.json.FilingJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The entries and history lines CBP forms and protests need, from the filing tables. */
@Component
class SqlEntryReviews implements EntryReviews {

    private final JdbcClient jdbc;
    private final Clock clock;

    SqlEntryReviews(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<ReviewedEntry> find(EntryNumber number) {
        return jdbc.sql("""
                        select entry_number, filer_code, port_of_entry, status, current_version, importer_display,
                               importer_sub_account_id, importer_identifier_id, filer_sub_account_id,
                               filer_identifier_id, liquidation_date, protest_by, importer_digest
                        from entry_summary where entry_number = ?
                        """).param(number.compact())
                .query((rs, n) -> {
                    UUID importerSub = rs.getObject("importer_sub_account_id", UUID.class);
                    UUID filerSub = rs.getObject("filer_sub_account_id", UUID.class);
                    Date liquidated = rs.getDate("liquidation_date");
                    Date protestBy = rs.getDate("protest_by");
                    return new ReviewedEntry(number, rs.getString("filer_code"),
                            new PortCode(rs.getString("port_of_entry")),
                            EntrySummaryStatus.valueOf(rs.getString("status")), rs.getInt("current_version"),
                            rs.getString("importer_display"),
                            importerSub == null ? null : new SubAccountId(importerSub),
                            rs.getObject("importer_identifier_id", UUID.class),
                            filerSub == null ? null : new SubAccountId(filerSub),
                            rs.getObject("filer_identifier_id", UUID.class),
                            liquidated == null ? null : liquidated.toLocalDate(),
                            protestBy == null ? null : protestBy.toLocalDate(), rs.getBytes("importer_digest"));
                }).optional();
    }

    @Override
    public List<EntryNumber> latestOfImporter(SubAccountId importerSubAccount, int max) {
        return jdbc.sql("""
                        select entry_number from entry_summary
                        where importer_sub_account_id = ? and status <> 'REJECTED'
                        order by entry_date desc, entry_number desc limit ?
                        """).param(importerSubAccount.value()).param(max)
                .query((rs, n) -> EntryNumber.parse(rs.getString(1))).list();
    }

    @Override
    public void note(EntryNumber number, ReviewStep step, AuditActor actor, Map<String, String> details) {
        Instant at = clock.instant();
        // the entry's row locked first, as its moves do, so that two history lines never take the same number
        jdbc.sql("select 1 from entry_summary where entry_number = ? for update").param(number.compact()).query()
                .singleColumn();
        int added = jdbc.sql("""
                        insert into entry_history (entry_number, seq, occurred_at, occurred_on, kind, version, actor,
                                                   details)
                        select s.entry_number,
                               coalesce((select max(h.seq) from entry_history h where h.entry_number = s.entry_number),
                                        0) + 1,
                               ?, ?, ?, s.current_version, ?, cast(? as jsonb)
                        from entry_summary s where s.entry_number = ?
                        """).param(Timestamp.from(at)).param(Date.valueOf(LocalDate.ofInstant(at, clock.getZone())))
                .param(step.name()).param(actor.name()).param(FilingJson.MAPPER.writeValueAsString(details))
                .param(number.compact()).update();
        if (added != 1) {
            throw new IllegalArgumentException("No entry summary " + number.formatted());
        }
    }
}
