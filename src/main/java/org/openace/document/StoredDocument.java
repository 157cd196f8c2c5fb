package org.openace.document;

import java.time.Instant;
import java.util.UUID;

/**
 * A document in the store: one upload, whose content may be shared with other uploads of the same bytes.
 *
 * @param id         the upload's id
 * @param fileName   the name the user gave it (cleaned of path parts and control characters), for the download only
 * @param type       what its first bytes say it is
 * @param size       its length in bytes
 * @param sha256     the SHA-256 of its content, 64 lower-case hex digits
 * @param uploadedAt when it was stored
 * @param uploadedBy the user ID (or {@code system}) of who uploaded it
 */
public record StoredDocument(UUID id, String fileName, DocumentType type, long size, String sha256,
                             Instant uploadedAt, String uploadedBy) {
}
