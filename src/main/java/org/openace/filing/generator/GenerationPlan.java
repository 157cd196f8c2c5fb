package org.openace.filing.generator;

import java.time.LocalDate;

/**
 * What to generate: how many entry summaries, from which seed, with entry dates in which window, for which population
 * ({@link Population#generated} or the demo's), recorded as filed by whom. {@code resume} skips the entries already
 * in the database (the demo picks up where a restart interrupted it); otherwise entries of the run's filer codes
 * already in the database refuse the run before anything is written.
 */
record GenerationPlan(int entries, long seed, LocalDate from, LocalDate to, boolean demo, String filedBy,
                      boolean resume) {

    GenerationPlan {
        if (entries < 1) {
            throw new IllegalArgumentException("At least one entry");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The window ends before it starts");
        }
    }

    /** About one importer per 40 entries (at least 12, at most 99,999), one broker per 25 importers (at least 3). */
    int importers() {
        return Math.clamp(entries / 40, 12, 99_999);
    }

    int brokers() {
        return Math.clamp(importers() / 25, 3, 2_000);
    }

    Population population() {
        return demo ? Population.demo(seed, importers(), brokers()) : Population.generated(seed, importers(), brokers());
    }

    /** The edition name of the run's importer records: the same plan, the same file, loaded once. */
    String importerEdition() {
        return (demo ? "demo-generated-" : "generated-") + "s" + Long.toUnsignedString(seed, 36) + "-i" + importers();
    }
}
