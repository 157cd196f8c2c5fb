package org.openace.document;

import java.io.Serial;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The store refused a document; nothing of it was kept. {@link #getMessage()} is a plain sentence for the user, such
 * as "The file is larger than 10 MB."; {@link #code()} says why for programs and the audit trail.
 */
public class DocumentRefused extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Why a document was refused. */
    public enum Code {
        /** The file has no content. */
        EMPTY,
        /** The file is larger than the store's limit. */
        TOO_LARGE,
        /** The content starts with the signature of none of the accepted types. */
        TYPE_NOT_ACCEPTED,
        /** The file name is empty (once path parts and control characters are dropped) or too long. */
        NAME_NOT_ACCEPTED
    }

    private final Code code;

    private DocumentRefused(Code code, String message) {
        super(message);
        this.code = code;
    }

    /** An upload with no content. */
    public static DocumentRefused empty() {
        return new DocumentRefused(Code.EMPTY, "The file is empty.");
    }

    /** An upload past the limit of {@code maxBytes}. */
    public static DocumentRefused tooLarge(long maxBytes) {
        return new DocumentRefused(Code.TOO_LARGE, "The file is larger than " + readableSize(maxBytes) + ".");
    }

    /** Content that is none of the accepted types. */
    public static DocumentRefused typeNotAccepted() {
        String types = Arrays.stream(DocumentType.values()).map(DocumentType::name).collect(Collectors.joining(", "));
        int last = types.lastIndexOf(", ");
        return new DocumentRefused(Code.TYPE_NOT_ACCEPTED, "The file is not a "
                + types.substring(0, last) + " or " + types.substring(last + 2) + " file.");
    }

    /** A file name that is empty or longer than {@code maxLength} characters. */
    public static DocumentRefused nameNotAccepted(int maxLength) {
        return new DocumentRefused(Code.NAME_NOT_ACCEPTED,
                "The file needs a name of 1 to " + maxLength + " characters.");
    }

    public Code code() {
        return code;
    }

    /** A size as people read it: whole megabytes as "10 MB", else one decimal ("1.5 MB"), kilobytes or bytes. */
    static String readableSize(long bytes) {
        long mb = 1024 * 1024;
        if (bytes >= mb) {
            return bytes % mb == 0 ? bytes / mb + " MB" : String.format(java.util.Locale.ROOT, "%.1f MB",
                    bytes / (double) mb);
        }
        if (bytes >= 1024) {
            return bytes % 1024 == 0 ? bytes / 1024 + " KB" : String.format(java.util.Locale.ROOT, "%.1f KB",
                    bytes / 1024.0);
        }
        return bytes == 1 ? "1 byte" : bytes + " bytes";
    }
}
