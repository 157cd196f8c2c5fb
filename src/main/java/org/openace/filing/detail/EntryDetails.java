package org.openace.filing.detail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openace.filing.EntryNumber;
import org.openace.filing.EntrySummary;
import org.openace.filing.Form7501;
import org.openace.filing.json.FilingJson;
import org.openace.filing.store.EntrySummaryStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

/**
 * Reads what the detail page and the API show of an entry: where it stands now (its current version, status,
 * release and holds, liquidation), the versions filed and its history. Whoever asks has passed the endpoint's
 * access rule already. The forms read here carry the importer numbers opened: callers show only
 * {@code ImporterNumber.display()}.
 */
@Component
class EntryDetails {

    /** A version as filed: its number, when and by whom. */
    record VersionFiled(int version, Instant filedAt, String filedBy) {
    }

    /** A line of the entry's history, its details as names and values (never an importer number). */
    record HistoryLine(int seq, Instant occurredAt, LocalDate occurredOn, String kind, int version, String actor,
                       List<Detail> details) {

        record Detail(String name, String value) {
        }
    }

    /** The entry as it stands now, with its versions and history. */
    record Entry(EntrySummary summary, List<VersionFiled> versions, List<HistoryLine> history) {

        Form7501 form() {
            return summary.form();
        }
    }

    private final EntrySummaryStore store;
    private final JdbcClient jdbc;

    EntryDetails(EntrySummaryStore store, JdbcClient jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Optional<Entry> find(EntryNumber number) {
        return store.load(number).map(summary -> new Entry(summary, versions(number), history(number)));
    }

    /** A version of the entry as filed. */
    @Transactional(readOnly = true)
    Optional<Form7501> version(EntryNumber number, int version) {
        if (version < 1 || version > Short.MAX_VALUE) {
            return Optional.empty();
        }
        return store.version(number, version);
    }

    List<VersionFiled> versions(EntryNumber number) {
        return jdbc.sql("""
                select version, filed_at, filed_by from entry_summary_version where entry_number = ? order by version
                """).param(number.compact())
                .query((rs, n) -> new VersionFiled(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3)))
                .list();
    }

    List<HistoryLine> history(EntryNumber number) {
        return jdbc.sql("""
                select seq, occurred_at, occurred_on, kind, version, actor, details from entry_history
                where entry_number = ? order by seq
                """).param(number.compact())
                .query((rs, n) -> new HistoryLine(rs.getInt("seq"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getDate("occurred_on").toLocalDate(), rs.getString("kind"), rs.getInt("version"),
                        rs.getString("actor"), details(rs.getString("details"))))
                .list();
    }

    private static List<HistoryLine.Detail> details(String json) {
        JsonNode node = FilingJson.MAPPER.readTree(json);
        List<HistoryLine.Detail> details = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode value = field.getValue();
            String text;
            if (value.isArray()) {
                List<String> items = new ArrayList<>();
                value.forEach(item -> items.add(item.asString()));
                text = String.join("; ", items);
            } else {
                text = value.asString();
            }
            details.add(new HistoryLine.Detail(field.getKey(), text));
        }
        return details;
    }
}
