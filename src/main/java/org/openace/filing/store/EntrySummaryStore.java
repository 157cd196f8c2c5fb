package org.openace.filing.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.SubAccountId;
import org.openace.filing.EntryLine;
import org.openace.filing.EntryNumber;
import org.openace.filing.EntrySummary;
import org.openace.filing.EntrySummaryEvent;
import org.openace.filing.EntrySummaryStatus;
import org.openace.filing.Form7501;
import org.openace.filing.Hold;
import org.openace.filing.ReleaseStatus;
import org.openace.filing.SummaryTotals;
import org.openace.filing.TariffOrdinal;
import org.openace.filing.json.FilingJson;
import org.openace.filing.json.Form7501Reader;
import org.openace.filing.json.Form7501Writer;
import org.openace.privacy.PersonalDataVault;
import org.openace.privacy.ProtectedValue;
import org.openace.privacy.TaxIdentifier;
import org.openace.reference.ImporterNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stores entry summaries (V4_1_1): the current state in {@code entry_summary}, every version as filed in
 * {@code entry_summary_version} (importer numbers sealed per field, bound to the version's row), the history and the
 * holds. Callers hold the entry's row lock ({@link #lock}) or have just inserted it, inside one transaction, so that
 * versions and history lines are numbered without gaps or races.
 */
@Repository
public class EntrySummaryStore {

    static final String VERSION_TABLE = "entry_summary_version";

    /** The sub-accounts an entry is visible from without a grant, and the identifiers they hold it by. */
    public record Visibility(@Nullable SubAccountId importerSubAccount, @Nullable UUID importerIdentifier,
                             @Nullable SubAccountId filerSubAccount, @Nullable UUID filerIdentifier) {
    }

    /** The row of an entry, locked: its current version and status. */
    public record Locked(EntryNumber entryNumber, int currentVersion, EntrySummaryStatus status) {
    }

    private final JdbcClient jdbc;
    private final PersonalDataVault vault;
    private final JsonMapper json;

    EntrySummaryStore(JdbcClient jdbc, PersonalDataVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.json = FilingJson.MAPPER;
    }

    /**
     * Inserts a new entry summary's row, or nothing when the entry number is taken (waiting for a concurrent insert of
     * the same number to commit or roll back).
     *
     * @return whether it was inserted
     */
    public boolean insertIfAbsent(EntrySummary summary, Visibility visibility, Instant at) {
        Form7501 form = summary.form();
        SummaryTotals totals = form.declaredTotals();
        return jdbc.sql("""
                insert into entry_summary (entry_number, filer_code, current_version, status, release_status, entry_type,
                    summary_date, entry_date, port_of_entry, mode_of_transport, country_of_origin, importer_digest,
                    importer_display, importer_sub_account_id, importer_identifier_id, filer_sub_account_id,
                    filer_identifier_id, line_count, entered_value, duty, tax, fees, other, hts_prefixes,
                    origin_countries, liquidation_deadline, filed_at, updated_at, change_seq)
                values (:number, :filer, :version, :status, :release, :type, :summaryDate, :entryDate, :port, :mode,
                    :origin, :importerDigest, :importerDisplay, :importerSub, :importerId, :filerSub, :filerId, :lines,
                    :entered, :duty, :tax, :fees, :other, cast(:hts as text[]), cast(:countries as char(2)[]),
                    :deadline, :at, :at, nextval('entry_change_seq'))
                on conflict (entry_number) do nothing
                """)
                .param("number", form.entryNumber().compact()).param("filer", form.filerCode())
                .param("version", summary.version()).param("status", summary.status().name())
                .param("release", summary.releaseStatus().name()).param("type", form.entryType().value())
                .param("summaryDate", Date.valueOf(form.summaryDate())).param("entryDate", Date.valueOf(form.entryDate()))
                .param("port", form.portOfEntry().value()).param("mode", form.modeOfTransport().code())
                .param("origin", form.countryOfOrigin().value())
                .param("importerDigest", vault.digest(form.importerOfRecord().identifier()))
                .param("importerDisplay", form.importerOfRecord().display())
                .param("importerSub", visibility.importerSubAccount() == null ? null : visibility.importerSubAccount().value())
                .param("importerId", visibility.importerIdentifier())
                .param("filerSub", visibility.filerSubAccount() == null ? null : visibility.filerSubAccount().value())
                .param("filerId", visibility.filerIdentifier())
                .param("lines", form.lines().size())
                .param("entered", totals.enteredValue().amount()).param("duty", totals.duty().amount())
                .param("tax", totals.tax().amount()).param("fees", totals.fees().amount())
                .param("other", totals.other().amount())
                .param("hts", arrayLiteral(htsPrefixes(form))).param("countries", arrayLiteral(originCountries(form)))
                .param("deadline", Date.valueOf(summary.liquidationDeadline())).param("at", Timestamp.from(at))
                .update() == 1;
    }

    /** Locks an entry's row for a move or a new version; empty if there is none. */
    public Optional<Locked> lock(EntryNumber entryNumber) {
        return jdbc.sql("select current_version, status from entry_summary where entry_number = ? for update")
                .param(entryNumber.compact())
                .query((rs, n) -> new Locked(entryNumber, rs.getInt(1), EntrySummaryStatus.valueOf(rs.getString(2))))
                .optional();
    }

    /** The version of an entry filed with exactly this content, if any (the newest). */
    public Optional<Integer> versionWithContent(EntryNumber entryNumber, byte[] contentDigest) {
        return jdbc.sql("""
                select max(version) from entry_summary_version where entry_number = ? and content_digest = ?
                """).param(entryNumber.compact()).param(contentDigest)
                .query((rs, n) -> rs.getObject(1) == null ? null : rs.getInt(1)).optional();
    }

    /** Stores a version as filed; the importer numbers are sealed to this row. */
    public void insertVersion(Form7501 form, int version, byte[] contentDigest, String filedBy, Instant at) {
        String rowId = form.entryNumber().compact() + ":" + version;
        ImporterNumber importer = form.importerOfRecord();
        ImporterNumber consignee = form.ultimateConsignee();
        ObjectNode document = Form7501Writer.write(form, Form7501Writer.ImporterNumbers.LEFT_OUT);
        jdbc.sql("""
                insert into entry_summary_version (entry_number, version, content_digest, filed_at, filed_by,
                    importer_kind, importer_plain, importer_cipher, consignee_kind, consignee_plain, consignee_cipher,
                    consignee_display, document)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
                """)
                .param(form.entryNumber().compact()).param(version).param(contentDigest).param(Timestamp.from(at))
                .param(filedBy)
                .param(importer.identifier().kind().name()).param(plain(importer)).param(sealed(importer, "importer", rowId))
                .param(consignee == null ? null : consignee.identifier().kind().name()).param(plain(consignee))
                .param(sealed(consignee, "consignee", rowId))
                .param(consignee == null ? null : consignee.display())
                .param(json.writeValueAsString(document))
                .update();
    }

    /** Writes where the entry stands now (after a move or a new version) and its holds. */
    public void update(EntrySummary summary, Instant at) {
        EntrySummary.Snapshot s = summary.snapshot();
        Form7501 form = s.form();
        SummaryTotals totals = form.declaredTotals();
        jdbc.sql("""
                update entry_summary set current_version = :version, status = :status, release_status = :release,
                    entry_type = :type, summary_date = :summaryDate, entry_date = :entryDate, port_of_entry = :port,
                    mode_of_transport = :mode, country_of_origin = :origin, importer_digest = :importerDigest,
                    importer_display = :importerDisplay, line_count = :lines, entered_value = :entered, duty = :duty,
                    tax = :tax, fees = :fees, other = :other, hts_prefixes = cast(:hts as text[]),
                    origin_countries = cast(:countries as char(2)[]), rejection_reasons = cast(:reasons as text[]),
                    resubmit_by = :resubmitBy, statement_number = :statement, liquidation_deadline = :deadline,
                    extensions = :extensions, liquidation_date = :liquidationDate, protest_by = :protestBy,
                    updated_at = :at, change_seq = nextval('entry_change_seq')
                where entry_number = :number
                """)
                .param("number", form.entryNumber().compact()).param("version", s.version())
                .param("status", s.status().name()).param("release", s.release().name())
                .param("type", form.entryType().value())
                .param("summaryDate", Date.valueOf(form.summaryDate())).param("entryDate", Date.valueOf(form.entryDate()))
                .param("port", form.portOfEntry().value()).param("mode", form.modeOfTransport().code())
                .param("origin", form.countryOfOrigin().value())
                .param("importerDigest", vault.digest(form.importerOfRecord().identifier()))
                .param("importerDisplay", form.importerOfRecord().display())
                .param("lines", form.lines().size())
                .param("entered", totals.enteredValue().amount()).param("duty", totals.duty().amount())
                .param("tax", totals.tax().amount()).param("fees", totals.fees().amount())
                .param("other", totals.other().amount())
                .param("hts", arrayLiteral(htsPrefixes(form))).param("countries", arrayLiteral(originCountries(form)))
                .param("reasons", s.rejectionReasons().isEmpty() ? null : textArray(s.rejectionReasons()))
                .param("resubmitBy", date(s.resubmitBy())).param("statement", s.statementNumber())
                .param("deadline", Date.valueOf(s.liquidationDeadline())).param("extensions", s.extensions())
                .param("liquidationDate", date(s.liquidationDate())).param("protestBy", date(s.protestBy()))
                .param("at", Timestamp.from(at))
                .update();
        for (Hold hold : s.holds()) {
            jdbc.sql("""
                    insert into entry_hold (entry_number, hold_number, authority, reason, placed_on, lifted_on)
                    values (?, ?, ?, ?, ?, ?)
                    on conflict (entry_number, hold_number) do update set lifted_on = excluded.lifted_on
                    """).param(form.entryNumber().compact()).param(hold.number()).param(hold.authority())
                    .param(hold.reason()).param(Date.valueOf(hold.placedOn())).param(date(hold.liftedOn())).update();
        }
    }

    /** Keeps the amount an entry was liquidated at (by CBP, or deemed at the amount declared). */
    public void recordLiquidatedAmount(EntryNumber entryNumber, org.openace.filing.Money amount) {
        jdbc.sql("update entry_summary set liquidated_amount = ? where entry_number = ?")
                .param(amount.amount()).param(entryNumber.compact()).update();
    }

    /** Appends the events of a move to the entry's history, in order. */
    public void appendHistory(EntryNumber entryNumber, int version, List<EntrySummaryEvent> events, String actor,
                              Instant at) {
        for (EntrySummaryEvent event : events) {
            HistoryEntry entry = HistoryEntry.of(event);
            jdbc.sql("""
                    insert into entry_history (entry_number, seq, occurred_at, occurred_on, kind, version, actor, details)
                    select ?, coalesce(max(seq), 0) + 1, ?, ?, ?, ?, ?, cast(? as jsonb)
                    from entry_history where entry_number = ?
                    """).param(entryNumber.compact()).param(Timestamp.from(at)).param(Date.valueOf(event.on()))
                    .param(entry.kind()).param(version).param(actor).param(json.writeValueAsString(entry.details()))
                    .param(entryNumber.compact()).update();
        }
    }

    /** The entry summary as stored, to make its next move (lock it first). */
    public Optional<EntrySummary> load(EntryNumber entryNumber) {
        String number = entryNumber.compact();
        return jdbc.sql("""
                select s.current_version, s.status, s.release_status, s.rejection_reasons, s.resubmit_by,
                       s.statement_number, s.liquidation_deadline, s.extensions, s.liquidation_date, s.protest_by,
                       v.importer_kind, v.importer_plain, v.importer_cipher, v.consignee_kind, v.consignee_plain,
                       v.consignee_cipher, v.document
                from entry_summary s
                join entry_summary_version v on v.entry_number = s.entry_number and v.version = s.current_version
                where s.entry_number = ?
                """).param(number)
                .query((rs, n) -> {
                    int version = rs.getInt("current_version");
                    Form7501 form = form(rs, number + ":" + version);
                    return EntrySummary.restore(new EntrySummary.Snapshot(form, version,
                            EntrySummaryStatus.valueOf(rs.getString("status")), textList(rs.getArray("rejection_reasons")),
                            localDate(rs.getDate("resubmit_by")), rs.getString("statement_number"),
                            rs.getDate("liquidation_deadline").toLocalDate(), rs.getInt("extensions"),
                            localDate(rs.getDate("liquidation_date")), localDate(rs.getDate("protest_by")),
                            ReleaseStatus.valueOf(rs.getString("release_status")), holds(number)));
                }).optional();
    }

    /** A version of an entry as filed, importer numbers opened (for its owner's eyes: mask before showing). */
    public Optional<Form7501> version(EntryNumber entryNumber, int version) {
        String number = entryNumber.compact();
        return jdbc.sql("""
                select importer_kind, importer_plain, importer_cipher, consignee_kind, consignee_plain,
                       consignee_cipher, document
                from entry_summary_version where entry_number = ? and version = ?
                """).param(number).param(version)
                .query((rs, n) -> form(rs, number + ":" + version)).optional();
    }

    public List<Hold> holds(String entryNumber) {
        return jdbc.sql("""
                select hold_number, authority, reason, placed_on, lifted_on from entry_hold
                where entry_number = ? order by hold_number
                """).param(entryNumber)
                .query((rs, n) -> new Hold(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getDate(4).toLocalDate(), localDate(rs.getDate(5)))).list();
    }

    private Form7501 form(ResultSet rs, String rowId) throws SQLException {
        ObjectNode document = (ObjectNode) json.readTree(rs.getString("document"));
        document.put("importerOfRecord", open(rs, "importer", rowId));
        String consignee = rs.getString("consignee_kind") == null ? null : open(rs, "consignee", rowId);
        if (consignee != null) {
            document.put("ultimateConsignee", consignee);
        }
        Form7501Reader.Reading reading = Form7501Reader.read(document);
        return reading.asForm().orElseThrow(() -> new IllegalStateException(
                "The stored version " + rowId + " does not read back: " + reading.violations()));
    }

    private String open(ResultSet rs, String column, String rowId) throws SQLException {
        TaxIdentifier.Kind kind = TaxIdentifier.Kind.valueOf(rs.getString(column + "_kind"));
        String plain = rs.getString(column + "_plain");
        if (plain != null) {
            return plain;
        }
        return vault.open(kind, rs.getBytes(column + "_cipher"), VERSION_TABLE, column, rowId).value();
    }

    private static @Nullable String plain(@Nullable ImporterNumber number) {
        return number == null || number.isPersonalData() ? null : number.value();
    }

    private byte @Nullable [] sealed(@Nullable ImporterNumber number, String column, String rowId) {
        if (number == null || !number.isPersonalData()) {
            return null;
        }
        ProtectedValue sealed = vault.seal(number.identifier(), VERSION_TABLE, column, rowId);
        return sealed.cipher();
    }

    /** The HTS numbers of the summary at each level they may be searched by: 4, 6, 8 and 10 digits. */
    public static Set<String> htsPrefixes(Form7501 form) {
        Set<String> prefixes = new LinkedHashSet<>();
        for (EntryLine line : form.lines()) {
            for (TariffOrdinal ordinal : line.ordinals()) {
                String digits = ordinal.htsNumber().digits();
                for (int length = 4; length <= digits.length(); length += 2) {
                    prefixes.add(digits.substring(0, length));
                }
            }
        }
        return prefixes;
    }

    /** The lines' countries of origin, each once, in line order. */
    public static Set<String> originCountries(Form7501 form) {
        Set<String> countries = new LinkedHashSet<>();
        form.lines().forEach(line -> countries.add(line.countryOfOrigin().value()));
        return countries;
    }

    /** A PostgreSQL array literal of values that are letters and digits only. */
    private static String arrayLiteral(Set<String> values) {
        return "{" + String.join(",", values) + "}";
    }

    private static String textArray(List<String> values) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return out.append('}').toString();
    }

    private static List<String> textList(java.sql.@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static @Nullable Date date(@Nullable LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static @Nullable LocalDate localDate(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
