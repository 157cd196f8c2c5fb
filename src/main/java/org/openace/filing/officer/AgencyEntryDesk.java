package org.openace.filing.officer;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.IdentifierHolders;
import org.openace.account.TradeAccount;
import org.openace.account.TradeAccountRegister;
import org.openace.audit.AuditActor;
import org.openace.filing.AgencyEntries;
import org.openace.filing.EntryNumber;
import org.openace.filing.Hold;
import org.openace.privacy.PersonalDataVault;
import org.openace.reference.ImporterNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link AgencyEntries} over the filing tables. An entry is within an agency's coverage when a commodity HTS number
 * (Chapter 99 numbers aside) of a line of its current version starts with a covered chapter or heading; the entries
 * are first narrowed through the GIN index of their HTS headings ({@code entry_summary_hts_ix}, chapters expanded to
 * their 100 headings), then their lines read from the version's document. The importer's masked number and the
 * identifier it is held by are selected only when the coverage allows identity. Holds go through {@link MoveEntry},
 * as an officer's, with the agency's code as their authority and the agency user as the actor.
 */
@Component
class AgencyEntryDesk implements AgencyEntries {

    private static final String HTS = "replace(o.ordinal->>'htsNumber', '.', '')";

    private final JdbcClient jdbc;
    private final MoveEntry moveEntry;
    private final PersonalDataVault vault;
    private final IdentifierHolders holders;
    private final TradeAccountRegister register;

    AgencyEntryDesk(JdbcClient jdbc, MoveEntry moveEntry, PersonalDataVault vault, IdentifierHolders holders,
                    TradeAccountRegister register) {
        this.jdbc = jdbc;
        this.moveEntry = moveEntry;
        this.vault = vault;
        this.holders = holders;
        this.register = register;
    }

    /** The covered lines of the version {@code v}'s document, as a lateral subquery (its filters joined by and). */
    private static String lines(@Nullable String htsFilter) {
        return " (select (line->>'lineNumber')::int as line_number, o.ordinal->>'htsNumber' as hts_number, "
                + "line->>'countryOfOrigin' as line_country, cast(o.ordinal->>'enteredValue' as numeric(14, 2)) "
                + "as line_value from jsonb_array_elements(v.document->'lines') line "
                + "cross join lateral jsonb_array_elements(line->'ordinals') as o(ordinal) "
                + "where " + HTS + " not like '99%' and (left(" + HTS + ", 2) = any(cast(:prefixes as text[])) "
                + "or left(" + HTS + ", 4) = any(cast(:prefixes as text[])))"
                + (htsFilter == null ? "" : " and " + HTS + " like :hts || '%'") + ") ";
    }

    private static String array(List<String> values) {
        return "{" + String.join(",", values) + "}";
    }

    /** The covered headings: each chapter as its 100 headings, for the GIN index. */
    private static List<String> headings(List<String> prefixes) {
        TreeSet<String> headings = new TreeSet<>();
        for (String prefix : prefixes) {
            if (prefix.length() == 2) {
                for (int i = 0; i < 100; i++) {
                    headings.add(prefix + (i < 10 ? "0" : "") + i);
                }
            } else {
                headings.add(prefix.substring(0, 4));
            }
        }
        return List.copyOf(headings);
    }

    private static String identity(Coverage coverage) {
        return coverage.importerIdentity() ? "e.importer_display, e.importer_identifier_id"
                : "cast(null as varchar) as importer_display, cast(null as uuid) as importer_identifier_id";
    }

    @Override
    @Transactional(readOnly = true)
    public Page search(Coverage coverage, Query query, int entries) {
        if (coverage.htsPrefixes().isEmpty()) {
            return new Page(List.of(), null);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("prefixes", array(coverage.htsPrefixes()));
        parameters.put("headings", array(headings(coverage.htsPrefixes())));
        parameters.put("limit", entries + 1);
        List<String> where = new ArrayList<>();
        where.add("e.hts_prefixes && cast(:headings as text[])");
        if (query.hts() != null) {
            where.add("e.hts_prefixes @> array[cast(:hts4 as text)]");
            parameters.put("hts", query.hts());
            parameters.put("hts4", query.hts().substring(0, 4));
        }
        if (query.port() != null) {
            where.add("e.port_of_entry = cast(:port as char(4))");
            parameters.put("port", query.port());
        }
        if (query.summaryFrom() != null) {
            where.add("e.summary_date >= :summaryFrom");
            parameters.put("summaryFrom", Date.valueOf(query.summaryFrom()));
        }
        if (query.summaryTo() != null) {
            where.add("e.summary_date <= :summaryTo");
            parameters.put("summaryTo", Date.valueOf(query.summaryTo()));
        }
        if (query.after() != null) {
            where.add("(e.summary_date, e.entry_number) < (:afterDate, cast(:afterNumber as char(11)))");
            parameters.put("afterDate", Date.valueOf(query.after().summaryDate()));
            parameters.put("afterNumber", query.after().entryNumber().compact());
        }
        String covered = lines(query.hts());
        String sql = "select p.entry_number, p.summary_date, p.entry_date, p.port_of_entry, p.subject, "
                + "p.importer_display, l.* from (select e.entry_number, e.summary_date, e.entry_date, "
                + "e.port_of_entry, encode(e.importer_digest, 'hex') as subject, " + identity(coverage) + ", "
                + "v.document from entry_summary e join entry_summary_version v "
                + "on v.entry_number = e.entry_number and v.version = e.current_version "
                + "where " + String.join(" and ", where)
                + " and exists (select 1 from" + covered + "x) "
                + "order by e.summary_date desc, e.entry_number desc limit :limit) p "
                + "cross join lateral (select c.* from (select p.document as document) v "
                + "cross join lateral" + covered + "c) l "
                + "order by p.summary_date desc, p.entry_number desc, l.line_number";
        List<CoveredLine> read = jdbc.sql(sql).params(parameters).query((rs, n) -> line(rs)).list();
        List<EntryNumber> seen = read.stream().map(CoveredLine::entryNumber).distinct().toList();
        if (seen.size() <= entries) {
            return new Page(read, null);
        }
        EntryNumber last = seen.get(entries - 1);
        List<CoveredLine> shown = read.stream().filter(l -> seen.indexOf(l.entryNumber()) < entries).toList();
        CoveredLine lastLine = shown.getLast();
        return new Page(shown, new Cursor(lastLine.summaryDate(), last));
    }

    private static CoveredLine line(ResultSet rs) throws SQLException {
        return new CoveredLine(EntryNumber.parse(rs.getString("entry_number")),
                rs.getDate("summary_date").toLocalDate(), rs.getDate("entry_date").toLocalDate(),
                rs.getString("port_of_entry"), rs.getInt("line_number"), rs.getString("hts_number"),
                rs.getString("line_country"), rs.getBigDecimal("line_value"), rs.getString("subject"),
                rs.getString("importer_display"));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CoveredEntry> open(Coverage coverage, EntryNumber number) {
        if (coverage.htsPrefixes().isEmpty()) {
            return Optional.empty();
        }
        record Header(String entryType, java.sql.Date summaryDate, java.sql.Date entryDate, String portOfEntry,
                      String status, String releaseStatus, String subject, @Nullable String importerDisplay,
                      @Nullable UUID importerIdentifierId) {
        }
        Optional<Header> header = jdbc.sql("select e.entry_type, e.summary_date, e.entry_date, e.port_of_entry, "
                        + "e.status, e.release_status, encode(e.importer_digest, 'hex') as subject, "
                        + identity(coverage) + " from entry_summary e where e.entry_number = ?")
                .param(number.compact()).query(Header.class).optional();
        if (header.isEmpty()) {
            return Optional.empty();
        }
        List<CoveredLine> lines = jdbc.sql("select e.entry_number, e.summary_date, e.entry_date, e.port_of_entry, "
                        + "encode(e.importer_digest, 'hex') as subject, "
                        + (coverage.importerIdentity() ? "e.importer_display" : "cast(null as varchar) as importer_display")
                        + ", c.* from entry_summary e join entry_summary_version v on v.entry_number = e.entry_number "
                        + "and v.version = e.current_version cross join lateral" + lines(null) + "c "
                        + "where e.entry_number = :number order by c.line_number")
                .param("number", number.compact()).param("prefixes", array(coverage.htsPrefixes()))
                .query((rs, n) -> line(rs)).list();
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        Header h = header.get();
        String name = null;
        if (coverage.importerIdentity() && h.importerIdentifierId() != null) {
            name = holders.identifier(h.importerIdentifierId()).flatMap(register::holderOfIdentifier)
                    .map(TradeAccount::displayName).orElse(null);
        }
        return Optional.of(new CoveredEntry(number, h.entryType(), h.summaryDate().toLocalDate(),
                h.entryDate().toLocalDate(), h.portOfEntry(), h.status(), h.releaseStatus(), h.subject(),
                coverage.importerIdentity() ? h.importerDisplay() : null, name, lines, holds(number)));
    }

    private List<Hold> holds(EntryNumber number) {
        return jdbc.sql("""
                select hold_number, authority, reason, placed_on, lifted_on from entry_hold where entry_number = ?
                order by hold_number
                """).param(number.compact()).query((rs, n) -> new Hold(rs.getInt(1), rs.getString(2),
                rs.getString(3), rs.getDate(4).toLocalDate(),
                rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate())).list();
    }

    private boolean covered(Coverage coverage, EntryNumber number) {
        if (coverage.htsPrefixes().isEmpty()) {
            return false;
        }
        return jdbc.sql("select exists (select 1 from entry_summary e join entry_summary_version v "
                        + "on v.entry_number = e.entry_number and v.version = e.current_version "
                        + "cross join lateral" + lines(null) + "c where e.entry_number = :number)")
                .param("number", number.compact()).param("prefixes", array(coverage.htsPrefixes()))
                .query(Boolean.class).single();
    }

    @Override
    public HoldResult placeHold(Coverage coverage, EntryNumber number, @Nullable String reason, AuditActor actor) {
        if (!covered(coverage, number)) {
            return new HoldResult.NotCovered();
        }
        MoveInput.Checked checked = new MoveInput(null, coverage.agencyCode(), reason, null, null, null)
                .check(MoveKind.HOLD);
        if (checked instanceof MoveInput.Invalid invalid) {
            return new HoldResult.BadReason(invalid.errors().getFirst().message());
        }
        return result(moveEntry.move(number, ((MoveInput.Valid) checked).move(), actor));
    }

    @Override
    public HoldResult liftHold(Coverage coverage, EntryNumber number, int holdNumber, AuditActor actor) {
        if (!covered(coverage, number)) {
            return new HoldResult.NotCovered();
        }
        boolean theirs = holds(number).stream()
                .anyMatch(h -> h.number() == holdNumber && h.authority().equals(coverage.agencyCode()));
        if (!theirs) {
            return new HoldResult.NotTheAgencys();
        }
        return result(moveEntry.move(number, new OfficerMove.LiftHold(holdNumber), actor));
    }

    private static HoldResult result(MoveOutcome outcome) {
        return switch (outcome) {
            case MoveOutcome.Moved moved -> new HoldResult.Done(switch (moved.event()) {
                case org.openace.filing.HoldPlaced placed -> placed.holdNumber();
                case org.openace.filing.HoldLifted lifted -> lifted.holdNumber();
                default -> 0;
            });
            case MoveOutcome.NotFound notFound -> new HoldResult.NotCovered();
            // an agency's authority is its agreement, checked before the move: no port rule applies to it
            case MoveOutcome.OutsidePorts outside -> new HoldResult.NotCovered();
            case MoveOutcome.Refused refused -> new HoldResult.Refused(refused.reason());
        };
    }

    @Override
    public String importerSubject(ImporterNumber importer) {
        return HexFormat.of().formatHex(vault.digest(importer.identifier()));
    }
}
