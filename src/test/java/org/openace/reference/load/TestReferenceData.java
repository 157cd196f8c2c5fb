package org.openace.reference.load;

import org.openace.audit.AuditActor;
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
}
