package org.openace.document.internal;

import java.nio.file.Path;

import org.openace.document.DocumentType;

/**
 * An upload read to its end into a part file of {@code incoming/}, whole and synced to disk, not yet under its
 * content's name.
 *
 * @param part   the part file
 * @param type   what its first bytes say it is
 * @param size   its length in bytes
 * @param sha256 the SHA-256 of its content, lower-case hex
 */
record ReceivedContent(Path part, DocumentType type, long size, String sha256) {
}
