package org.openace.filing.generator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.openace.audit.AuditActor;
import org.openace.filing.DemoEntriesFiled;
import org.openace.reference.FiscalYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The demo profile's entry summaries: a demo's worth ({@value #ENTRIES} entries with entry dates over the last 18
 * months) filed by the demo broker D3M for the demo importer 262704-DEMO1 and the other demo importers, and by other
 * (generated) brokers for generated importers and for some of the demo importer's entries. Written in the background
 * once the portal is ready, so the start is not delayed, then announced ({@link DemoEntriesFiled}) for the modules that
 * build their demo data on them; a restart finds the entries already written and writes only
 * those missing (the same seed gives the same entries), and a filled demo is left as it is.
 *
 * <p>Entry dates stop at the end of the last fiscal year whose MPF rates are loaded (FY2026, to 30 September 2026,
 * with the samples): an entry of a later year could not carry a published MPF, and no rate is guessed.
 */
@Component
@ConditionalOnBooleanProperty("openace.demo.seed")
class DemoEntries {

    static final int ENTRIES = 6_000;
    static final long SEED = 20_260_101L;
    static final String FILED_BY = "demo profile";

    private static final Logger log = LoggerFactory.getLogger(DemoEntries.class);

    private final GenerateEntries generate;
    private final CatalogLoader catalogs;
    private final TaskExecutor background;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DemoEntries(GenerateEntries generate, CatalogLoader catalogs,
                @Qualifier("applicationTaskExecutor") TaskExecutor background, Clock clock,
                ApplicationEventPublisher events) {
        this.generate = generate;
        this.catalogs = catalogs;
        this.background = background;
        this.clock = clock;
        this.events = events;
    }

    @EventListener(ApplicationReadyEvent.class)
    void portalReady() {
        background.execute(this::fill);
    }

    /** Writes the demo entries still missing; nothing when the demo is filled. */
    void fill() {
        try {
            LocalDate today = LocalDate.now(clock);
            List<FiscalYear> years = catalogs.yearsWithMpf();
            if (years.isEmpty()) {
                log.warn("Demo entries not generated: no MPF rates are loaded");
                return;
            }
            LocalDate to = years.getLast().lastDay().isBefore(today) ? years.getLast().lastDay() : today.minusDays(1);
            LocalDate from = today.minusMonths(18);
            if (to.isBefore(from)) {
                log.warn("Demo entries not generated: the MPF rates loaded end on {}, before the last 18 months", to);
                return;
            }
            GenerationPlan plan = new GenerationPlan(ENTRIES, SEED, from, to, true, FILED_BY, true);
            GenerateEntries.Progress done = generate.run(plan, AuditActor.SYSTEM, p -> { });
            if (done.entries() > 0) {
                log.info("Demo entries: {} entry summaries ({} lines) written, {} already there, entry dates {} to {}",
                        done.entries(), done.lines(), done.skipped(), from, to);
            }
            events.publishEvent(new DemoEntriesFiled(from, to));
        } catch (RuntimeException e) {
            log.warn("Demo entries not generated: {}", e.getMessage());
        }
    }
}
