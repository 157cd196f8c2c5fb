package org.openace.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Hands a document back the only way the portal does: as a download the browser saves, never a page it shows. The
 * response declares no media type of the content (so a browser has nothing to render or run), forbids sniffing
 * one, and sandboxes anything a browser would open anyway.
 */
public final class DocumentDownloads {

    private DocumentDownloads() {
    }

    /**
     * Writes the document as an attachment: Content-Disposition attachment with a safe file name (RFC 6266
     * {@code filename*}, with a plain ASCII {@code filename} for old clients), Content-Type
     * {@code application/octet-stream}, {@code X-Content-Type-Options: nosniff}, {@code Content-Security-Policy:
     * sandbox; default-src 'none'}, {@code Cache-Control: private, no-store} and Content-Length; then the content.
     * Content found not to match its SHA-256 at the end throws {@link IOException} after the bytes went out (the
     * response is committed by then: the container cuts the connection, and the browser reports a failed download).
     */
    public static void send(Documents documents, StoredDocument document, HttpServletResponse response)
            throws IOException {
        try (InputStream content = documents.open(document)) {
            response.setContentType("application/octet-stream");
            response.setContentLengthLong(document.size());
            response.setHeader("Content-Disposition", contentDisposition(downloadName(document)));
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
            response.setHeader("Cache-Control", "private, no-store");
            OutputStream out = response.getOutputStream();
            content.transferTo(out);
            out.flush();
        }
    }

    /**
     * The name the download is saved under: the user's, with the extension of the document's type added when the
     * name does not end with one, so that a saved document never carries the extension of a program.
     */
    static String downloadName(StoredDocument document) {
        String name = document.fileName();
        return document.type().isExtensionOf(name) ? name : name + "." + document.type().extension();
    }

    /** {@code attachment; filename="<ASCII stand-in>"; filename*=UTF-8''<percent-encoded>} (RFC 6266, RFC 8187). */
    static String contentDisposition(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\'
                && c != '%' ? (char) c : '_'));
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isAttrChar(c)) {
                encoded.append((char) c);
            }
            else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** RFC 8187 attr-char: the bytes a {@code filename*} value may hold unencoded. */
    private static boolean isAttrChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "!#$&+-.^_`|~".indexOf(c) >= 0;
    }
}
