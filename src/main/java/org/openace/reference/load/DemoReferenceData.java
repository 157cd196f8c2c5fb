package org.openace.reference.load;

import java.time.LocalDate;

import org.openace.audit.AuditActor;
import org.openace.reference.ReferenceKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile loads the samples shipped in the jar ({@code reference/}, see its SOURCES.md) at start: a few
 * hundred rows in well under a second, so on the start-up path, before the demo data that needs them. Loading them
 * again on the next start changes nothing (same files, same digests). The HTS sample is in force from 1 January
 * 2025, the others from 1 January 2024, so that demo entries of the last 18 months find them.
 */
@Component
@Order(5)
@ConditionalOnBooleanProperty("openace.demo.seed")
class DemoReferenceData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReferenceData.class);

    /** The samples, each with its kind, edition and effective date. */
    record Sample(ReferenceKind kind, String path, String edition, LocalDate effective) {
    }

    static final java.util.List<Sample> SAMPLES = java.util.List.of(
            new Sample(ReferenceKind.HTS, "reference/hts-2025-excerpt.json", "2025-sample", LocalDate.of(2025, 1, 1)),
            new Sample(ReferenceKind.PORTS, "reference/schedule-d-ports.csv", "schedule-d-sample", LocalDate.of(2024, 1, 1)),
            new Sample(ReferenceKind.COUNTRIES, "reference/iso-3166-1-countries.csv", "iso-3166-1", LocalDate.of(2024, 1, 1)),
            new Sample(ReferenceKind.ENTRY_TYPES, "reference/entry-types.csv", "cbp-7501-block-2", LocalDate.of(2024, 1, 1)),
            new Sample(ReferenceKind.FEE_RATES, "reference/fee-rates.csv", "fy2019-fy2026", LocalDate.of(2018, 10, 1)),
            new Sample(ReferenceKind.ADCVD_CASES, "reference/adcvd-cases.csv", "sample-cases", LocalDate.of(2024, 1, 1)),
            new Sample(ReferenceKind.HOLIDAYS, "reference/federal-holidays.csv", "2024-2027", LocalDate.of(2024, 1, 1)),
            new Sample(ReferenceKind.IMPORTERS, "reference/demo-importers.csv", "demo-importers", LocalDate.of(2024, 1, 1)));

    private final ReferenceLoading loading;

    DemoReferenceData(ReferenceLoading loading) {
        this.loading = loading;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Sample sample : SAMPLES) {
            ReferenceLoading.Outcome outcome = loading.load(sample.kind(), ReferenceSource.classpath(sample.path()),
                    sample.edition(), sample.effective(), "demo profile", AuditActor.SYSTEM);
            if (outcome.status() == ReferenceLoading.Status.REFUSED) {
                log.warn("Demo reference data not loaded: {}", outcome.message());
            }
            else if (outcome.status() == ReferenceLoading.Status.LOADED) {
                log.info("Demo reference data: {}", outcome.message());
            }
        }
    }
}
