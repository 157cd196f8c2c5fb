package org.openace.document;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of document the store accepts, each known by the signature its content starts with (its "magic
 * bytes"), never by the file's name or the type a browser declares: a renamed executable, a script, a web page or
 * an archive starts with none of them and is refused. A PDF is accepted whatever it holds beyond its header
 * (scripts, forms, attachments): the store only keeps it and hands it back as a download, never renders it.
 */
public enum DocumentType {

    /** Portable Document Format: {@code %PDF-}. */
    PDF("application/pdf", "pdf", List.of("pdf"), ascii("%PDF-")),
    /** Portable Network Graphics: the eight bytes {@code 89 P N G CR LF 1A LF}. */
    PNG("image/png", "png", List.of("png"),
            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    /** JPEG (JFIF, Exif): a start-of-image marker followed by another marker, {@code FF D8 FF}. */
    JPEG("image/jpeg", "jpg", List.of("jpg", "jpeg", "jpe", "jfif"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    /** Graphics Interchange Format, 87a or 89a. */
    GIF("image/gif", "gif", List.of("gif"), ascii("GIF87a"), ascii("GIF89a")),
    /** Tagged Image File Format, little-endian ({@code II*\0}) or big-endian ({@code MM\0*}). */
    TIFF("image/tiff", "tif", List.of("tif", "tiff"), new byte[] {'I', 'I', 0x2A, 0x00},
            new byte[] {'M', 'M', 0x00, 0x2A});

    /** The most leading bytes {@link #sniff} looks at: reading this many (or to the end) is enough to decide. */
    public static final int SIGNATURE_BYTES = 8;

    private final String mediaType;
    private final String extension;
    private final List<String> extensions;
    private final byte[][] signatures;

    DocumentType(String mediaType, String extension, List<String> extensions, byte[]... signatures) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.extensions = extensions;
        this.signatures = signatures;
    }

    /** The media type of this kind of content, such as {@code application/pdf} (downloads declare none). */
    public String mediaType() {
        return mediaType;
    }

    /** The usual file name extension, without the dot, such as {@code pdf}. */
    public String extension() {
        return extension;
    }

    /** Whether a file name ends with an extension of this type ({@code .jpeg} as well as {@code .jpg}). */
    public boolean isExtensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * The type whose signature the content starts with.
     *
     * @param firstBytes the content's first bytes (at least {@link #SIGNATURE_BYTES}, or all of a shorter content)
     * @param length     how many of {@code firstBytes} are content
     * @return the type, or empty for content of no accepted type (an executable, a script, HTML, an archive)
     */
    public static Optional<DocumentType> sniff(byte[] firstBytes, int length) {
        if (length < 0 || length > firstBytes.length) {
            throw new IllegalArgumentException("length " + length + " of " + firstBytes.length + " bytes");
        }
        for (DocumentType type : values()) {
            for (byte[] signature : type.signatures) {
                if (length >= signature.length
                        && Arrays.equals(firstBytes, 0, signature.length, signature, 0, signature.length)) {
                    return Optional.of(type);
                }
            }
        }
        return Optional.empty();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
