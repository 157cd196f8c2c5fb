package org.openace.filing.generator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import org.openace.filing.EntrySummary;
import org.openace.filing.Form7501;
import org.openace.filing.Hold;
import org.openace.filing.SummaryTotals;
import org.openace.filing.json.FilingJson;
import org.openace.filing.store.EntryContentDigests;
import org.openace.filing.store.EntrySummaryStore;
import org.openace.filing.store.HistoryEntry;
import org.openace.reference.ImporterNumber;

/**
 * A batch of generated entries as COPY rows of the four filing tables, in the formats the intake writes
 * ({@code EntrySummaryStore}): the current state with its search and visibility columns, every version with the
 * document as {@code Form7501Writer} writes it without importer numbers and the content digest the intake computes,
 * the history lines as {@code HistoryEntry} makes them, and the holds. Generated importer numbers are customs-assigned
 * (not personal data), so they are stored plain as the intake stores such numbers; an IRS or Social Security number
 * is refused here rather than written unsealed.
 */
final class EntryRows {

    static final String SUMMARY_COLUMNS = "entry_number, filer_code, current_version, status, release_status, "
            + "entry_type, summary_date, entry_date, port_of_entry, mode_of_transport, country_of_origin, "
            + "importer_digest, importer_display, importer_sub_account_id, importer_identifier_id, filer_sub_account_id, "
            + "filer_identifier_id, line_count, entered_value, duty, tax, fees, other, hts_prefixes, origin_countries, "
            + "rejection_reasons, resubmit_by, statement_number, liquidation_deadline, extensions, liquidation_date, "
            + "liquidated_amount, protest_by, filed_at, updated_at, change_seq";
    static final String VERSION_COLUMNS = "entry_number, version, content_digest, filed_at, filed_by, importer_kind, "
            + "importer_plain, importer_cipher, consignee_kind, consignee_plain, consignee_cipher, document";
    static final String HISTORY_COLUMNS = "entry_number, seq, occurred_at, occurred_on, kind, version, actor, details";
    static final String HOLD_COLUMNS = "entry_number, hold_number, authority, reason, placed_on, lifted_on";

    final CopyText summaries;
    final CopyText versions;
    final CopyText history;
    final CopyText holds;
    int entries;
    long lines;

    EntryRows(int expectedEntries) {
        summaries = new CopyText(expectedEntries * 400);
        versions = new CopyText(expectedEntries * 2400);
        history = new CopyText(expectedEntries * 300);
        holds = new CopyText(1024);
    }

    /** Adds an entry's rows; {@code changeSeq} is the value its row takes from {@code entry_change_seq}. */
    void add(GeneratedEntry entry, long changeSeq, Parties parties, EntryContentDigests contentDigests,
             String filedBy) {
        EntrySummary.Snapshot s = entry.state();
        Form7501 form = s.form();
        String number = form.entryNumber().compact();
        SummaryTotals totals = form.declaredTotals();
        Parties.Importer importer = parties.importer(form.importerOfRecord());
        Parties.Filer filer = parties.filer(form.filerCode());
        summaries.value(number).value(form.filerCode()).value(s.version()).value(s.status().name())
                .value(s.release().name()).value(form.entryType().value()).value(form.summaryDate())
                .value(form.entryDate()).value(form.portOfEntry().value()).value(form.modeOfTransport().code())
                .value(form.countryOfOrigin().value()).bytes(importer.digest()).value(importer.display())
                .value(importer.subAccount()).value(importer.identifier()).value(filer.subAccount())
                .value(filer.identifier()).value(form.lines().size()).value(money(totals.enteredValue().amount()))
                .value(money(totals.duty().amount())).value(money(totals.tax().amount()))
                .value(money(totals.fees().amount())).value(money(totals.other().amount()))
                .value(array(EntrySummaryStore.htsPrefixes(form))).value(array(EntrySummaryStore.originCountries(form)))
                .value(s.rejectionReasons().isEmpty() ? null : quotedArray(s.rejectionReasons()))
                .value(s.resubmitBy()).value(s.statementNumber()).value(s.liquidationDeadline()).value(s.extensions())
                .value(s.liquidationDate()).value(null).value(s.protestBy())
                .value(timestamp(entry.filedAt())).value(timestamp(entry.updatedAt())).value(changeSeq);
        summaries.endRow();
        for (GeneratedEntry.Version version : entry.versions()) {
            ImporterNumber number7501 = version.form().importerOfRecord();
            if (number7501.isPersonalData()) {
                throw new IllegalArgumentException("The generator writes customs-assigned importer numbers only");
            }
            if (version.form().ultimateConsignee() != null) {
                throw new IllegalArgumentException("The generator writes summaries without an ultimate consignee");
            }
            String full = EntryContentDigests.canonical(version.form());
            byte[] digest = contentDigests.of(full);
            // the document stored is the same without the importer number, as Form7501Writer writes it LEFT_OUT
            String importerMember = FilingJson.MAPPER.writeValueAsString(
                    FilingJson.MAPPER.createObjectNode().put("importerOfRecord", number7501.value()));
            String stored = full.replace("," + importerMember.substring(1, importerMember.length() - 1), "");
            versions.value(number).value(version.number()).bytes(digest).value(timestamp(version.filedAt()))
                    .value(filedBy).value(number7501.identifier().kind().name()).value(number7501.value()).value(null)
                    .value(null).value(null).value(null).value(stored);
            versions.endRow();
        }
        int seq = 0;
        for (GeneratedEntry.HistoryLine line : entry.history()) {
            HistoryEntry historyEntry = HistoryEntry.of(line.event());
            history.value(number).value(++seq).value(timestamp(line.at())).value(line.event().on())
                    .value(historyEntry.kind()).value(line.version()).value(filedBy)
                    .value(FilingJson.MAPPER.writeValueAsString(historyEntry.details()));
            history.endRow();
        }
        for (Hold hold : s.holds()) {
            holds.value(number).value(hold.number()).value(hold.authority()).value(hold.reason())
                    .value(hold.placedOn()).value(hold.liftedOn());
            holds.endRow();
        }
        entries++;
        lines += form.lines().size();
    }

    private static String money(BigDecimal amount) {
        return amount.toPlainString();
    }

    private static String timestamp(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC).toString();
    }

    private static String array(Collection<String> values) {
        return "{" + String.join(",", values) + "}";
    }

    private static String quotedArray(List<String> values) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return out.append('}').toString();
    }

}
