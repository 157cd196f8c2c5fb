/**
 * The shared document store (issue 11, R1 and R4): the PDFs and images with which trade users answer CBP forms and
 * file protests. Each upload is streamed to a folder every node shares, under the SHA-256 of its content (one file
 * for the same content uploaded twice), and recorded with its type, size, digest and uploader in PostgreSQL in the
 * caller's transaction; its type is read from its first bytes, its size is limited, and it is only ever handed back
 * as a download, never served inline or rendered (docs/adr/016-document-store.md).
 */
@NullMarked
package org.openace.document;

import org.jspecify.annotations.NullMarked;
