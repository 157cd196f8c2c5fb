package org.openace.document.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the document store.
 *
 * @param directory the folder of the store, the same for every node (a network file system or a shared volume in
 *                  production, docs/adr/016-document-store.md): content files under {@code sha256/}, uploads in
 *                  progress under {@code incoming/}; made at start-up if missing
 * @param maxSize   the largest document accepted (1 byte to 256MB; the multipart limits of
 *                  {@code spring.servlet.multipart} must be at least this)
 */
@ConfigurationProperties("openace.documents")
public record DocumentProperties(
        @DefaultValue("data/documents") Path directory,
        @DefaultValue("10MB") DataSize maxSize) {

    /** The most {@code max-size} may be: the portal's multipart limit per file. */
    static final DataSize LARGEST = DataSize.ofMegabytes(256);

    public DocumentProperties {
        if (maxSize.toBytes() < 1 || maxSize.compareTo(LARGEST) > 0) {
            throw new IllegalArgumentException("openace.documents.max-size must be more than 0 and at most 256MB, not "
                    + maxSize);
        }
    }
}
