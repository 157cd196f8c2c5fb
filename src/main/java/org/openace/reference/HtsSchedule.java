package org.openace.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The Harmonized Tariff Schedule as in force on a date: is a number valid then, and at what rates. */
@Component
public class HtsSchedule {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<Map<String, Object>>> NOTES = new TypeReference<>() {
    };
    /** A Chapter 99 number named by a footnote, as the schedule prints it: "See 9903.88.03." */
    private static final Pattern CHAPTER_99 = Pattern.compile("\\b(99\\d\\d\\.\\d\\d\\.\\d\\d)\\b");

    private final JdbcClient jdbc;
    private final Editions editions;

    HtsSchedule(JdbcClient jdbc, Editions editions) {
        this.jdbc = jdbc;
        this.editions = editions;
    }

    /** The number in the edition in force on the date, or empty if no edition is in force or it is not in it. */
    public Optional<HtsLine> find(HtsNumber number, LocalDate date) {
        return editions.inForce(ReferenceKind.HTS, date).flatMap(edition -> find(number, edition));
    }

    public boolean isValid(HtsNumber number, LocalDate date) {
        return find(number, date).isPresent();
    }

    /**
     * Every statistical (10-digit) number of the edition in force on a date, the numbers an entry line reports, each
     * with its rates (its own, or its subheading's where it has none), in schedule order; empty if no edition is in
     * force. For generating data: the generator draws its numbers from this list.
     */
    public List<HtsLine> reportableLines(LocalDate date) {
        Optional<Editions.InForce> edition = editions.inForce(ReferenceKind.HTS, date);
        if (edition.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select s.htsno, s.description, s.units::text, s.general_rate, s.special_rate, s.other_rate,
                       s.general_ad_valorem, p.htsno, p.general_rate, p.special_rate, p.other_rate, p.general_ad_valorem
                from hts_line s left join hts_line p on p.load_id = s.load_id and p.htsno = left(s.htsno, 8)
                where s.load_id = ? and length(s.htsno) = 10 order by s.position
                """).param(edition.get().loadId())
                .query((rs, n) -> {
                    String own = rs.getString(4) + rs.getString(5) + rs.getString(6);
                    boolean fromSubheading = own.isBlank() && rs.getString(8) != null;
                    HtsNumber number = HtsNumber.of(rs.getString(1));
                    return new HtsLine(number, edition.get().edition(), rs.getString(2),
                            JSON.readValue(rs.getString(3), STRINGS),
                            rs.getString(fromSubheading ? 9 : 4), rs.getString(fromSubheading ? 10 : 5),
                            rs.getString(fromSubheading ? 11 : 6), rs.getBigDecimal(fromSubheading ? 12 : 7),
                            fromSubheading ? HtsNumber.of(rs.getString(8)) : number);
                }).list();
    }

    /**
     * The Chapter 99 numbers that the footnotes of the general rate column point to ("See 9903.88.03."), by the number
     * whose line carries the footnote, for the edition in force on a date; empty if none is in force. This is how the
     * USITC export ties a commodity to the Chapter 99 heading that may be stacked on it (e.g. Section 301 duties on
     * goods of China): the heading's own text says to which goods and at what rate.
     */
    public Map<HtsNumber, List<HtsNumber>> chapter99References(LocalDate date) {
        Optional<Editions.InForce> edition = editions.inForce(ReferenceKind.HTS, date);
        if (edition.isEmpty()) {
            return Map.of();
        }
        Map<HtsNumber, List<HtsNumber>> references = new LinkedHashMap<>();
        jdbc.sql("""
                select htsno, footnotes::text from hts_line
                where load_id = ? and htsno is not null and footnotes is not null and footnotes::text like '%99%'
                order by position
                """).param(edition.get().loadId())
                .query(rs -> {
                    Set<HtsNumber> named = new LinkedHashSet<>();
                    for (Map<String, Object> note : JSON.readValue(rs.getString(2), NOTES)) {
                        if (note.get("columns") instanceof List<?> columns && columns.contains("general")
                                && note.get("value") instanceof String value) {
                            Matcher m = CHAPTER_99.matcher(value);
                            while (m.find()) {
                                named.add(HtsNumber.of(m.group(1)));
                            }
                        }
                    }
                    if (!named.isEmpty()) {
                        references.put(HtsNumber.of(rs.getString(1)), List.copyOf(named));
                    }
                });
        return references;
    }

    /** The edition in force on a date, if any. */
    public Optional<String> editionOn(LocalDate date) {
        return editions.inForce(ReferenceKind.HTS, date).map(Editions.InForce::edition);
    }

    /** The descriptions of the headings above a number (outermost first), for showing it in its place. */
    public List<String> headingsAbove(HtsNumber number, LocalDate date) {
        Optional<Editions.InForce> edition = editions.inForce(ReferenceKind.HTS, date);
        if (edition.isEmpty()) {
            return List.of();
        }
        UUID load = edition.get().loadId();
        Optional<Row> row = row(load, number.digits());
        if (row.isEmpty()) {
            return List.of();
        }
        List<Object[]> ancestors = jdbc.sql("""
                select distinct on (indent) indent, position, description from hts_line
                where load_id = ? and position < ? and indent < ? order by indent, position desc
                """).param(load).param(row.get().position()).param(row.get().indent())
                .query((rs, n) -> new Object[] {rs.getInt(1), rs.getInt(2), rs.getString(3)}).list();
        List<String> headings = new ArrayList<>();
        int after = -1;
        for (Object[] ancestor : ancestors) {
            if ((int) ancestor[1] > after) {
                headings.add(((String) ancestor[2]).strip());
                after = (int) ancestor[1];
            }
        }
        return headings;
    }

    private Optional<HtsLine> find(HtsNumber number, Editions.InForce edition) {
        Optional<Row> row = row(edition.loadId(), number.digits());
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Row rates = row.get();
        if (number.isStatistical() && rates.hasNoRates()) {
            rates = row(edition.loadId(), number.subheading().digits()).orElse(rates);
        }
        return Optional.of(new HtsLine(number, edition.edition(), row.get().description(), row.get().units(),
                rates.general(), rates.special(), rates.other(), rates.adValorem(),
                HtsNumber.of(rates.htsno())));
    }

    private Optional<Row> row(UUID load, String digits) {
        return jdbc.sql("""
                select position, indent, htsno, description, units::text, general_rate, special_rate, other_rate,
                       general_ad_valorem
                from hts_line where load_id = ? and htsno = ?
                """).param(load).param(digits)
                .query((rs, n) -> new Row(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        JSON.readValue(rs.getString(5), STRINGS), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getBigDecimal(9))).optional();
    }

    private record Row(int position, int indent, String htsno, String description, List<String> units, String general,
                       String special, String other, @Nullable BigDecimal adValorem) {
        boolean hasNoRates() {
            return general.isBlank() && special.isBlank() && other.isBlank();
        }
    }
}
