package org.openace.document.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Clears what uploads left behind in the shared folder, on the node's start and hourly after: part files of
 * {@code incoming/} untouched for {@link #AGE} (a killed process's upload, or a node that died mid-upload), and
 * content files written more than {@link #AGE} ago that no row holds (a rollback whose clean-up could not run, a
 * process killed between publishing and committing). A content file a transaction is recording right now is younger
 * than that, and locked ({@link UnheldContent}). Several nodes may sweep at once: each deletion is checked under the
 * content's lock, and a file already gone is skipped.
 */
@Component
class DocumentSweeper {

    /** How long a part file or an unheld content file is left alone: far longer than any upload or transaction. */
    static final Duration AGE = Duration.ofHours(1);
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(DocumentSweeper.class);

    /** What one sweep deleted. */
    record Swept(int parts, int contents) {
    }

    private final ContentFiles files;
    private final DocumentRows rows;
    private final UnheldContent unheld;
    private final Clock clock;

    DocumentSweeper(ContentFiles files, DocumentRows rows, UnheldContent unheld, Clock clock) {
        this.files = files;
        this.rows = rows;
        this.unheld = unheld;
        this.clock = clock;
    }

    // from the start (an initial delay of none), then an hour after each sweep ends
    @Scheduled(initialDelayString = "PT0S", fixedDelayString = "PT1H")
    void run() {
        try {
            Swept swept = sweep();
            if (swept.parts() > 0 || swept.contents() > 0) {
                log.info("Document store: {} abandoned upload part(s) and {} content file(s) no document holds "
                        + "deleted", swept.parts(), swept.contents());
            }
        }
        catch (RuntimeException e) {
            log.warn("Document store: the sweep of {} failed; the next one tries again", files.directory(), e);
        }
    }

    /** Deletes the part files and unheld content files older than {@link #AGE}. */
    Swept sweep() {
        Instant before = clock.instant().minus(AGE);
        try {
            int parts = 0;
            for (Path part : files.partsOlderThan(before)) {
                if (Files.deleteIfExists(part)) {
                    parts++;
                }
            }
            int contents = 0;
            try (Stream<String> old = files.contentsOlderThan(before)) {
                Iterator<String> each = old.iterator();
                while (each.hasNext()) {
                    List<String> batch = new ArrayList<>(BATCH);
                    while (each.hasNext() && batch.size() < BATCH) {
                        batch.add(each.next());
                    }
                    Set<String> held = rows.heldAmong(batch);
                    for (String sha256 : batch) {
                        if (!held.contains(sha256) && unheld.deleteIfUnheld(sha256, before)) {
                            contents++;
                        }
                    }
                }
            }
            return new Swept(parts, contents);
        }
        catch (IOException e) {
            throw new UncheckedIOException("The document store " + files.directory() + " cannot be swept", e);
        }
    }
}
