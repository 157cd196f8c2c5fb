package org.openace.filing.feed;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.openace.filing.EntryChangeFeed;
import org.openace.filing.json.FilingJson;
import org.openace.privacy.PersonalDataVault;
import org.openace.privacy.TaxIdentifier;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/**
 * Reads the change feed in one read-only REPEATABLE READ transaction: first the xmin of its snapshot (every
 * transaction below it has finished), then the entries whose last change is after the reader's position and below that
 * xmin, with their current version's document (written by {@code Form7501Writer}, importer numbers left out), read
 * into report-shaped rows. When fewer than the limit are found, the next position is the xmin itself: the window up
 * to it is complete and final. The ultimate consignee comes as its masked display, kept with each version
 * ({@code consignee_display}, V4_12_1); nothing else is queried per entry.
 */
@Component
class JdbcEntryChangeFeed implements EntryChangeFeed {

    private static final String CHANGED = """
            select s.change_xid::text as xid, s.entry_number, s.current_version, s.status, s.release_status,
                   s.entry_type, s.filer_code, s.importer_display, s.port_of_entry, s.entry_date, s.summary_date,
                   s.mode_of_transport, s.country_of_origin, s.line_count, s.entered_value, s.duty, s.tax, s.fees,
                   s.other, s.liquidation_date, s.importer_sub_account_id, s.importer_identifier_id,
                   s.filer_sub_account_id, s.filer_identifier_id, s.statement_number, v.consignee_display,
                   v.consignee_kind,
                   v.consignee_plain, v.consignee_cipher, v.document::text as document
            from entry_summary s
            join entry_summary_version v on v.entry_number = s.entry_number and v.version = s.current_version
            where (s.change_xid, s.entry_number) > (cast(:xid as xid8), cast(:entry as char(11)))
              and s.change_xid < cast(:upTo as xid8)
            order by s.change_xid, s.entry_number
            limit :limit
            """;

    /** Where the consignee number of a version is sealed (as {@code EntrySummaryStore} seals it). */
    private static final String VERSION_TABLE = "entry_summary_version";

    private final JdbcClient jdbc;
    private final PersonalDataVault vault;
    private final TransactionTemplate snapshot;

    JdbcEntryChangeFeed(JdbcClient jdbc, PlatformTransactionManager transactions, PersonalDataVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
    }

    @Override
    public Page read(Position after, int limit, Consumer<ChangedEntry> each) {
        if (limit < 1) {
            throw new IllegalArgumentException("Read at least one entry, not " + limit);
        }
        Page page = snapshot.execute(status -> {
            // the first statement fixes the transaction's snapshot: the read below sees exactly what it describes
            long upTo = jdbc.sql("select pg_snapshot_xmin(pg_current_snapshot())::text").query(String.class)
                    .optional().map(Long::parseLong).orElseThrow();
            if (upTo <= after.transaction()) {
                return new Page(after, 0, true);
            }
            int[] count = {0};
            Position[] last = {after};
            jdbc.sql(CHANGED).param("xid", Long.toString(after.transaction())).param("entry", after.entryNumber())
                    .param("upTo", Long.toString(upTo)).param("limit", limit)
                    .query((RowCallbackHandler) rs -> {
                        ChangedEntry entry = entry(rs);
                        count[0]++;
                        last[0] = entry.position();
                        each.accept(entry);
                    });
            return count[0] < limit ? new Page(new Position(upTo, ""), count[0], true)
                    : new Page(last[0], count[0], false);
        });
        if (page == null) {
            throw new IllegalStateException("The change feed read returned nothing");
        }
        return page;
    }

    @Override
    public boolean reached(Position position) {
        long next = jdbc.sql("select pg_snapshot_xmax(pg_current_snapshot())::text").query(String.class).optional()
                .map(Long::parseLong).orElseThrow();
        return position.transaction() <= next;
    }

    private ChangedEntry entry(ResultSet rs) throws SQLException {
        String number = rs.getString("entry_number");
        JsonNode document = FilingJson.MAPPER.readTree(rs.getString("document"));
        return new ChangedEntry(new Position(Long.parseLong(rs.getString("xid")), number), number,
                rs.getInt("current_version"), rs.getString("status"), rs.getString("release_status"),
                rs.getString("entry_type"), rs.getString("filer_code"), rs.getString("importer_display"),
                rs.getString("port_of_entry"), rs.getDate("entry_date").toLocalDate(),
                rs.getDate("summary_date").toLocalDate(), rs.getString("mode_of_transport"),
                rs.getString("country_of_origin"), document.path("countryOfExport").asString(),
                rs.getInt("line_count"), rs.getBigDecimal("entered_value"), rs.getBigDecimal("duty"),
                rs.getBigDecimal("tax"), rs.getBigDecimal("fees"), rs.getBigDecimal("other"),
                localDate(rs.getDate("liquidation_date")), rs.getString("importer_sub_account_id"),
                rs.getString("importer_identifier_id"), rs.getString("filer_sub_account_id"),
                rs.getString("filer_identifier_id"), LocalDate.parse(document.path("exportDate").asString()),
                text(document, "foreignPortOfLading"), document.path("portOfUnlading").asString(),
                document.path("manufacturerId").asString(), consignee(rs, number), rs.getString("statement_number"),
                ordinals(document));
    }

    /**
     * The ultimate consignee number as lists show it, masked where it is personal data. Written with each version
     * since V4_12_1; a version stored before with a sealed number is opened here only to be masked.
     */
    private @Nullable String consignee(ResultSet rs, String number) throws SQLException {
        String display = rs.getString("consignee_display");
        String kind = rs.getString("consignee_kind");
        if (display != null || kind == null) {
            return display;
        }
        TaxIdentifier.Kind stored = TaxIdentifier.Kind.valueOf(kind);
        String plain = rs.getString("consignee_plain");
        TaxIdentifier consignee = plain != null ? TaxIdentifier.ofStored(stored, plain)
                : vault.open(stored, rs.getBytes("consignee_cipher"), VERSION_TABLE, "consignee",
                        number + ":" + rs.getInt("current_version"));
        return consignee.masked();
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() || value.asString().isEmpty() ? null : value.asString();
    }

    /** The tariff ordinals of the stored document, numbered from 1 on each line. */
    static List<ReportedOrdinal> ordinals(JsonNode document) {
        List<ReportedOrdinal> ordinals = new ArrayList<>();
        JsonNode lines = document.path("lines");
        for (int l = 0; l < lines.size(); l++) {
            JsonNode line = lines.get(l);
            int lineNumber = line.path("lineNumber").asInt();
            String origin = line.path("countryOfOrigin").asString();
            String manufacturer = line.path("manufacturerId").asString();
            boolean related = line.path("related").asBoolean();
            JsonNode onLine = line.path("ordinals");
            for (int i = 0; i < onLine.size(); i++) {
                JsonNode o = onLine.get(i);
                int ordinal = i + 1;
                JsonNode quantity = o.path("quantities").path(0);
                ordinals.add(new ReportedOrdinal(lineNumber, ordinal, o.path("htsNumber").asString().replace(".", ""),
                        origin, amount(o, "enteredValue"), amount(o, "duty"), amount(o, "tax"),
                        quantity.isMissingNode() ? null : new BigDecimal(quantity.path("value").asString()),
                        quantity.isMissingNode() ? null : quantity.path("unit").asString(), manufacturer, related,
                        rate(o.path("rate"))));
            }
        }
        return ordinals;
    }

    /**
     * A duty rate as text, from the rate as filed: {@code Free} (no ad valorem part and no specific part), the ad
     * valorem percentage ({@code 6.5%}), the specific rate in dollars per unit ({@code $0.066/KG}), or both joined by
     * {@code +} with the specific part first, as the schedule writes compound rates.
     */
    static String rate(JsonNode rate) {
        BigDecimal percent = new BigDecimal(rate.path("adValoremPercent").asString("0"));
        String adValorem = percent.signum() == 0 ? null : percent.stripTrailingZeros().toPlainString() + "%";
        JsonNode perUnit = rate.path("perUnit");
        if (perUnit.isMissingNode() || perUnit.isNull()) {
            return adValorem == null ? "Free" : adValorem;
        }
        String specific = "$" + new BigDecimal(perUnit.asString()).toPlainString() + "/" + rate.path("unit").asString();
        return adValorem == null ? specific : specific + " + " + adValorem;
    }

    private static BigDecimal amount(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? BigDecimal.ZERO.setScale(2) : new BigDecimal(value.asString());
    }

    private static @Nullable LocalDate localDate(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
