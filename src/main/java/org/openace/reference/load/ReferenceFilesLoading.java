package org.openace.reference.load;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;

import org.openace.audit.AuditActor;
import org.openace.reference.ReferenceFiles;
import org.openace.reference.ReferenceKind;
import org.springframework.stereotype.Component;

/** {@link ReferenceFiles} through {@link ReferenceLoading}, for content another module holds in memory. */
@Component
class ReferenceFilesLoading implements ReferenceFiles {

    private final ReferenceLoading loading;

    ReferenceFilesLoading(ReferenceLoading loading) {
        this.loading = loading;
    }

    @Override
    public Outcome load(ReferenceKind kind, String fileName, byte[] content, String edition, LocalDate effective,
                        String loadedBy, AuditActor actor) {
        ReferenceSource source = new ReferenceSource() {
            @Override
            public String name() {
                return fileName;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(content);
            }
        };
        ReferenceLoading.Outcome outcome = loading.load(kind, source, edition, effective, loadedBy, actor);
        return new Outcome(outcome.status() == ReferenceLoading.Status.REFUSED,
                outcome.status() == ReferenceLoading.Status.ALREADY_LOADED, outcome.message());
    }
}
