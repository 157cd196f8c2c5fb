package org.openace.reference.load;

import org.openace.audit.AuditActor;
import org.openace.reference.ReferenceKind;
import org.springframework.context.ApplicationContext;

/** Loads the samples shipped in the jar, as the demo profile does; a second call (any test class) changes nothing. */
public final class TestReferenceData {

    private TestReferenceData() {
    }

    public static void loadSamples(ApplicationContext context) {
        ReferenceLoading loading = context.getBean(ReferenceLoading.class);
        for (DemoReferenceData.Sample sample : DemoReferenceData.SAMPLES) {
            ReferenceLoading.Outcome outcome = loading.load(sample.kind(), ReferenceSource.classpath(sample.path()),
                    sample.edition(), sample.effective(), "test", AuditActor.SYSTEM);
            if (outcome.status() == ReferenceLoading.Status.REFUSED) {
                throw new IllegalStateException(outcome.message());
            }
        }
    }

    /**
     * Puts importer records (CBP Form 5106) on file for these importer numbers, as a new edition of the importer
     * records that also keeps the demo importers on file.
     */
    public static void importersOnFile(ApplicationContext context, String... importerNumbers) {
        StringBuilder csv = new StringBuilder("Importer Number,Name,Address,City,State,Postal Code,Country,Source\n");
        csv.append("262704-DEMO1,Whitford Home Goods LLC,410 Commerce Drive,Savannah,GA,31401,US,test\n");
        for (int i = 0; i < importerNumbers.length; i++) {
            csv.append(importerNumbers[i]).append(",Test Importer ").append(i + 1)
                    .append(" Inc.,1 Harbor Way,Baltimore,MD,21230,US,test\n");
        }
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("importers", ".csv");
            java.nio.file.Files.writeString(file, csv);
            ReferenceLoading.Outcome outcome = context.getBean(ReferenceLoading.class).load(ReferenceKind.IMPORTERS,
                    ReferenceSource.of(file), "test-" + java.util.UUID.randomUUID(), java.time.LocalDate.of(2000, 1, 1),
                    "test", AuditActor.SYSTEM);
            java.nio.file.Files.delete(file);
            if (outcome.status() == ReferenceLoading.Status.REFUSED) {
                throw new IllegalStateException(outcome.message());
            }
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
