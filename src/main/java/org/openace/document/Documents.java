package org.openace.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

import org.openace.audit.AuditActor;

/**
 * The document store every node shares: PDFs and images uploaded to answer CBP forms, kept under the SHA-256 of
 * their content and recorded in PostgreSQL. A document is handed back only as a download
 * ({@link DocumentDownloads}), never shown inline.
 */
public interface Documents {

    /**
     * Streams the content to the store: refused ({@link DocumentRefused}) when empty, larger than
     * {@link #maxBytes()}, or not one of {@link DocumentType} by its first bytes (never by name or declared type); the
     * file is written under its SHA-256 and the row inserted in the caller's transaction (a rollback deletes the file
     * again unless another row holds the same content). An {@link IOException} from the content (an interrupted
     * upload) leaves no file and no row. The content is read to its end (or to the refusal) but not closed.
     *
     * @param fileName   the name the user gave the file, kept for the download only (path parts and control
     *                   characters are dropped; an empty name or one longer than 255 characters is refused)
     * @param content    the bytes uploaded
     * @param uploadedBy who uploads it (audited as {@code DOCUMENT_STORED} or {@code DOCUMENT_REFUSED})
     */
    StoredDocument store(String fileName, InputStream content, AuditActor uploadedBy)
            throws DocumentRefused, IOException;

    /** The document of this id, if one was stored (and committed). */
    Optional<StoredDocument> find(UUID id);

    /**
     * The content, checked against its SHA-256 as it is read (a mismatch at the end throws {@link IOException}).
     * The caller closes it.
     */
    InputStream open(StoredDocument document) throws IOException;

    /** The largest document accepted, in bytes ({@code openace.documents.max-size}). */
    long maxBytes();
}
