package org.openace.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.document.DocumentRefused;
import org.openace.document.Documents;
import org.openace.document.StoredDocument;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link Documents} on the shared folder ({@link ContentFiles}) and the {@code document} table. An upload is read
 * into a part file first, outside any database work (a slow upload holds no connection of its own); then, in the
 * caller's transaction (or one of its own when there is none), the content is locked against deletion, published
 * under its SHA-256, recorded and audited. What ends early leaves nothing: a refusal or an interrupted upload deletes
 * the part file before any row is written, and a rollback deletes the content file after it
 * ({@link DeleteContentOnRollback}). Names and content are never logged.
 */
@Component
@EnableConfigurationProperties(DocumentProperties.class)
class FileDocumentStore implements Documents {

    static final String ACTION_STORED = "DOCUMENT_STORED";
    static final String ACTION_REFUSED = "DOCUMENT_REFUSED";
    static final String OBJECT_TYPE = "DOCUMENT";

    private final ContentFiles files;
    private final DocumentRows rows;
    private final UnheldContent unheld;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final long maxBytes;

    FileDocumentStore(ContentFiles files, DocumentRows rows, UnheldContent unheld, AuditTrail audit,
                      TransactionTemplate transaction, Clock clock, DocumentProperties properties) {
        this.files = files;
        this.rows = rows;
        this.unheld = unheld;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.maxBytes = properties.maxSize().toBytes();
    }

    @Override
    public StoredDocument store(String fileName, InputStream content, AuditActor uploadedBy)
            throws DocumentRefused, IOException {
        String name;
        ReceivedContent received;
        try {
            name = DocumentFileNames.clean(fileName);
            received = files.receive(content, maxBytes);
        }
        catch (DocumentRefused refused) {
            audit.record(AuditRecord.of(ACTION_REFUSED, AuditOutcome.FAILURE).actor(uploadedBy)
                    .detail("code", refused.code()));
            throw refused;
        }
        try {
            if (TransactionSynchronizationManager.isActualTransactionActive()) {
                return record(received, name, uploadedBy);
            }
            return transaction.execute(status -> {
                try {
                    return record(received, name, uploadedBy);
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        catch (UncheckedIOException e) {
            throw e.getCause();
        }
        finally {
            files.discard(received);
        }
    }

    /** In the transaction: the content kept from deletion, put under its name, its row and audit record written. */
    private StoredDocument record(ReceivedContent received, String name, AuditActor uploadedBy) throws IOException {
        unheld.holdForStoring(received.sha256());
        TransactionSynchronizationManager.registerSynchronization(
                new DeleteContentOnRollback(unheld, received.sha256()));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it
        files.publish(received, now);
        StoredDocument document = new StoredDocument(UUID.randomUUID(), name, received.type(), received.size(),
                received.sha256(), now, uploadedBy.name());
        rows.insert(document);
        audit.record(AuditRecord.of(ACTION_STORED, AuditOutcome.SUCCESS).actor(uploadedBy)
                .object(OBJECT_TYPE, document.id()).detail("type", document.type()).detail("size", document.size()));
        return document;
    }

    @Override
    public Optional<StoredDocument> find(UUID id) {
        return rows.find(id);
    }

    @Override
    public InputStream open(StoredDocument document) throws IOException {
        return new VerifiedContent(files.open(document.sha256()), document.sha256(), document.size());
    }

    @Override
    public long maxBytes() {
        return maxBytes;
    }
}
