package org.openace.filing.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openace.audit.AuditActor;
import org.openace.filing.EntryLine;
import org.openace.filing.EntryNumber;
import org.openace.filing.EntrySummary;
import org.openace.filing.FilingFixtures;
import org.openace.filing.Form7501;
import org.openace.filing.Money;
import org.openace.filing.UnitOfQuantity;
import org.openace.filing.json.FilingJson;
import org.openace.filing.json.Form7501Writer;
import org.openace.filing.store.EntrySummaryStore;
import org.openace.filing.validation.FilingContext;
import org.openace.filing.validation.RuleViolation;
import org.openace.filing.validation.ValidationRules;
import org.openace.privacy.PersonalDataVault;
import org.openace.reference.load.TestReferenceData;
import org.openace.test.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator on the reference samples: every summary it makes (every version) passes every validation rule, AD/CVD
 * entries, stacked Chapter 99 numbers and specific and compound rates among them; the same seed makes the same
 * summaries and another seed others; written with COPY, the rows read back through the intake's own store as the
 * summaries generated, with rejected, corrected and held entries among them, each with its own change sequence value.
 */
@PortalTest
class EntryGeneratorIntegrationTests {

    /** FY2025 from the HTS sample's effective date and FY2026: two fiscal years' fee rates. */
    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 9, 30);

    @Autowired
    ApplicationContext context;
    @Autowired
    CatalogLoader catalogs;
    @Autowired
    ValidationRules rules;
    @Autowired
    GenerateEntries generate;
    @Autowired
    EntrySummaryStore store;
    @Autowired
    PersonalDataVault vault;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void referenceData() {
        TestReferenceData.loadSamples(context);
    }

    private List<GeneratedEntry> generated(long seed, int entries) {
        GenerationPlan plan = new GenerationPlan(entries, seed, FROM, TO, false, "test", false);
        generate.importersOnFile(plan, plan.population(), AuditActor.SYSTEM);
        List<GeneratedEntry> all = new ArrayList<>();
        new EntryGenerator(catalogs.load(FROM, TO), plan.population(), seed, entries).generate(all::add);
        return all;
    }

    /** Everything generated, as text: the documents of every version, the state and the history, in order. */
    private static String written(List<GeneratedEntry> entries) {
        StringBuilder out = new StringBuilder();
        for (GeneratedEntry entry : entries) {
            for (GeneratedEntry.Version version : entry.versions()) {
                out.append(FilingJson.MAPPER.writeValueAsString(Form7501Writer.write(version.form(),
                        Form7501Writer.ImporterNumbers.FULL))).append(version.filedAt()).append('\n');
            }
            EntrySummary.Snapshot s = entry.state();
            out.append(s.status()).append(s.release()).append(s.rejectionReasons()).append(s.resubmitBy())
                    .append(s.holds()).append(entry.history().stream().map(h -> h.event().getClass().getSimpleName()
                            + h.at()).toList()).append('\n');
        }
        return out.toString();
    }

    @Test
    void everyGeneratedSummaryAndEveryCorrectionPassesEveryValidationRule() {
        List<GeneratedEntry> entries = generated(7, 4_000);

        Map<String, List<String>> broken = new TreeMap<>();
        int versions = 0;
        for (GeneratedEntry entry : entries) {
            for (GeneratedEntry.Version version : entry.versions()) {
                Form7501 form = version.form();
                List<RuleViolation> violations = rules.check(form, new FilingContext(form.filerCode()));
                versions++;
                if (!violations.isEmpty() && broken.size() < 20) {
                    broken.put(form.entryNumber() + " v" + version.number(),
                            violations.stream().map(v -> v.code() + ": " + v.message()).toList());
                }
            }
        }

        assertThat(entries).hasSize(4_000);
        assertThat(versions).isGreaterThan(4_000);
        assertThat(broken).as("rules broken by generated summaries").isEmpty();
        List<Form7501> forms = entries.stream().flatMap(e -> e.versions().stream()).map(GeneratedEntry.Version::form)
                .toList();
        List<EntryLine> lines = forms.stream().flatMap(f -> f.lines().stream()).toList();
        long adCvdEntries = entries.stream().map(e -> e.state().form()).filter(f -> f.entryType().value().equals("03")
                && f.lines().stream().anyMatch(l -> l.adCvdDeposit().isPresent())).count();
        assertThat(adCvdEntries).as("type 03 entries with an AD/CVD case on a line, a few percent")
                .isBetween(4_000 * 5 / 1000L, 4_000 * 50 / 1000L);
        assertThat(forms).as("every line with a case is on a type 03 entry")
                .filteredOn(f -> f.lines().stream().anyMatch(l -> l.adCvdDeposit().isPresent()))
                .allMatch(f -> f.entryType().value().equals("03"));
        assertThat(lines).as("lines with a Chapter 99 number stacked on the commodity, on goods of China")
                .filteredOn(l -> !l.chapter99().isEmpty()).isNotEmpty()
                .allMatch(l -> l.countryOfOrigin().value().equals("CN") && l.ordinals().size() == 2
                        && l.chapter99().getFirst().htsNumber().digits().startsWith("990388")
                        && l.chapter99().getFirst().enteredValue().compareTo(Money.ZERO) == 0
                        && l.chapter99().getFirst().duty().compareTo(Money.ZERO) > 0);
        assertThat(lines).as("specific-rate lines (per kilogram) with a quantity in kilograms")
                .anyMatch(l -> l.commodity().rate().isSpecific() && l.commodity().rate().adValoremPercent().signum() == 0
                        && l.commodity().rate().unit().equals(UnitOfQuantity.KG)
                        && l.commodity().quantities().stream().anyMatch(q -> q.unit().equals(UnitOfQuantity.KG)));
        assertThat(lines).as("compound-rate lines (per unit plus ad valorem)")
                .anyMatch(l -> l.commodity().rate().isSpecific() && l.commodity().rate().adValoremPercent().signum() > 0);
        assertThat(entries).extracting(e -> e.state().form().entryDate())
                .allMatch(d -> !d.isBefore(FROM) && !d.isAfter(TO)).isSortedAccordingTo(LocalDate::compareTo);
        assertThat(entries).extracting(e -> e.state().form().entryNumber().number())
                .allMatch(n -> n.compareTo("9000000") < 0);
    }

    @Test
    void theSameSeedMakesTheSameSummariesAndAnotherSeedOthers() {
        String first = written(generated(11, 1_500));
        String again = written(generated(11, 1_500));
        String other = written(generated(12, 1_500));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void theMixIsLongTailedSeasonalAndHasRejectedCorrectedAndHeldEntries() {
        List<GeneratedEntry> entries = generated(21, 6_000);

        Map<String, Integer> byImporter = new TreeMap<>();
        entries.forEach(e -> byImporter.merge(e.state().form().importerOfRecord().value(), 1, Integer::sum));
        List<Integer> sizes = byImporter.values().stream().sorted((a, b) -> b - a).toList();
        assertThat(sizes.getFirst()).as("the largest importer").isGreaterThan(20 * sizes.get(sizes.size() / 2));
        Map<String, java.util.Set<String>> importersByFiler = new TreeMap<>();
        entries.forEach(e -> importersByFiler.computeIfAbsent(e.state().form().filerCode(), k -> new java.util.HashSet<>())
                .add(e.state().form().importerOfRecord().value()));
        assertThat(importersByFiler.values()).anyMatch(importers -> importers.size() >= 10);
        long february = entries.stream().filter(e -> e.state().form().entryDate().getMonthValue() == 2
                && e.state().form().entryDate().getYear() == 2026).count();
        long august = entries.stream().filter(e -> e.state().form().entryDate().getMonthValue() == 8
                && e.state().form().entryDate().getYear() == 2026).count();
        assertThat(august).as("a late-summer peak over the February dip").isGreaterThan(february * 11 / 10);
        long rejected = entries.stream().filter(e -> e.state().status().name().equals("REJECTED")).count();
        long corrected = entries.stream().filter(e -> e.versions().size() == 2).count();
        long held = entries.stream().filter(e -> e.state().release().name().equals("HELD")).count();
        assertThat(rejected).isBetween(6_000 * 5 / 1000L, 6_000 * 30 / 1000L);
        assertThat(corrected).isBetween(6_000 * 20 / 1000L, 6_000 * 80 / 1000L);
        assertThat(held).isBetween(6_000 * 5 / 1000L, 6_000 * 30 / 1000L);
        assertThat(entries).anyMatch(e -> e.state().form().entryType().isInformal());
        assertThat(entries).anyMatch(e -> e.state().form().modeOfTransport().isVessel()
                && e.state().form().summaryFees().size() == 2);
    }

    @Test
    void writtenWithCopyTheRowsReadBackThroughTheIntakesStoreAsGenerated() {
        long seed = 31;
        GenerationPlan plan = new GenerationPlan(2_500, seed, FROM, TO, false, "generator test", false);
        List<GeneratedEntry> expected = new ArrayList<>();
        new EntryGenerator(catalogs.load(FROM, TO), plan.population(), seed, 2_500).generate(expected::add);

        GenerateEntries.Progress done = generate.run(plan, AuditActor.SYSTEM, p -> { });

        assertThat(done.entries()).isEqualTo(2_500);
        assertThat(done.lines()).isEqualTo(expected.stream().mapToLong(GeneratedEntry::lineCount).sum());
        GeneratedEntry adCvd = expected.stream().filter(e -> e.state().form().entryType().value().equals("03"))
                .findFirst().orElseThrow();
        GeneratedEntry stacked = expected.stream().filter(e -> e.state().form().lines().stream()
                .anyMatch(l -> !l.chapter99().isEmpty())).findFirst().orElseThrow();
        for (GeneratedEntry entry : List.of(expected.getFirst(), expected.get(1_234), expected.getLast(), adCvd,
                stacked)) {
            EntryNumber number = entry.state().form().entryNumber();
            EntrySummary loaded = store.load(number).orElseThrow();
            assertThat(loaded.snapshot()).isEqualTo(entry.state());
            assertThat(jdbc.sql("select importer_digest from entry_summary where entry_number = ?")
                    .param(number.compact()).query(byte[].class).single())
                    .isEqualTo(vault.digest(entry.state().form().importerOfRecord().identifier()));
        }
        // the AD/CVD lines of each entry's current version, as the compliance view sums them (V5_9_5's trigger on
        // the versions, fired by COPY as by the intake)
        String generatedCodes = "{" + String.join(",", plan.population().filerCodes()) + "}";
        List<String> expectedLines = new ArrayList<>();
        for (GeneratedEntry entry : expected) {
            for (var line : entry.state().form().lines()) {
                if (line.adCvd() != null) {
                    expectedLines.add(entry.state().form().entryNumber().compact() + " " + line.lineNumber() + " "
                            + line.adCvd().caseNumber() + " " + line.enteredValue().amount().setScale(2) + " "
                            + line.adCvd().deposit().amount().setScale(2));
                }
            }
        }
        assertThat(expectedLines).as("a few generated lines have an AD/CVD case").isNotEmpty();
        assertThat(jdbc.sql("""
                select a.entry_number || ' ' || a.line_number || ' ' || a.case_number || ' ' || a.entered_value || ' '
                       || a.deposit
                from entry_adcvd_line a join entry_summary s on s.entry_number = a.entry_number
                where s.filer_code = any(cast(? as text[]))
                """).param(generatedCodes).query(String.class).list())
                .containsExactlyInAnyOrderElementsOf(expectedLines);
        assertThat(jdbc.sql("select count(*) from entry_summary where adcvd and filer_code = any(cast(? as text[]))")
                .param(generatedCodes).query(Long.class).single())
                .isEqualTo(expected.stream().filter(e -> e.state().form().lines().stream()
                        .anyMatch(l -> l.adCvd() != null)).count());
        // the per filer tallies of V5_9_10, kept by statement triggers that COPY fires too
        FilingFixtures.talliesEqualARecount(jdbc);
        GeneratedEntry first = expected.getFirst();
        assertThat(FilingJson.MAPPER.readTree(jdbc.sql("select document::text from entry_summary_version where "
                + "entry_number = ? and version = 1").param(first.state().form().entryNumber().compact())
                .query(String.class).single()))
                .as("the document as the intake stores it").isEqualTo(Form7501Writer.write(
                        first.versions().getFirst().form(), Form7501Writer.ImporterNumbers.LEFT_OUT));
        GeneratedEntry twice = expected.stream().filter(e -> e.versions().size() == 2).findFirst().orElseThrow();
        assertThat(store.version(twice.state().form().entryNumber(), 1)).contains(twice.versions().getFirst().form());
        assertThat(store.version(twice.state().form().entryNumber(), 2)).contains(twice.versions().getLast().form());
        String codes = "{" + String.join(",", plan.population().filerCodes()) + "}";
        assertThat(jdbc.sql("select count(distinct change_seq) from entry_summary where change_seq is not null and "
                + "filer_code = any(cast(? as text[]))").param(codes).query(Long.class).single())
                .as("every generated entry has its own change sequence value, as filed ones do").isEqualTo(2_500);
        assertThat(jdbc.sql("select max(change_seq) from entry_summary").query(Long.class).single())
                .as("taken from the sequence the intake uses")
                .isLessThanOrEqualTo(jdbc.sql("select last_value from entry_change_seq").query(Long.class).single());
        assertThat(jdbc.sql("select count(*) from entry_history where entry_number in (select entry_number from "
                + "entry_summary where filer_code = any(cast(? as text[])))").param(codes).query(Long.class).single())
                .isEqualTo(expected.stream().mapToLong(e -> e.history().size()).sum());
        assertThat(jdbc.sql("select count(*) from entry_summary s join entry_hold h using (entry_number) where "
                + "s.release_status = 'HELD' and h.lifted_on is null and s.filer_code = any(cast(? as text[]))")
                .param(codes).query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from entry_summary where status = 'REJECTED' and resubmit_by is not null "
                + "and cardinality(rejection_reasons) > 0 and filer_code = any(cast(? as text[]))").param(codes)
                .query(Long.class).single()).isPositive();
    }

    @Test
    void theSameSeedAgainIsRefusedAndWritesNothing() {
        GenerationPlan plan = new GenerationPlan(300, 41, FROM, TO, false, "generator test", false);
        generate.run(plan, AuditActor.SYSTEM, p -> { });
        long before = jdbc.sql("select count(*) from entry_summary").query(Long.class).single();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> generate.run(plan, AuditActor.SYSTEM, p -> { }))
                .isInstanceOf(GenerationRefused.class).hasMessageContaining("this seed was generated before");

        assertThat(jdbc.sql("select count(*) from entry_summary").query(Long.class).single()).isEqualTo(before);
    }
}
