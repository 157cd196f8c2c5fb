package org.openace.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.openace.document.DocumentRefused;
import org.openace.document.DocumentType;
import org.springframework.stereotype.Component;

/**
 * The store's folder ({@code openace.documents.directory}), shared by every node: each content once, at
 * {@code sha256/<first 2 hex>/<next 2 hex>/<64 hex>} of its SHA-256, and each upload in progress as
 * {@code incoming/<random>.part}, which becomes a content file by an atomic move once it is whole and synced to
 * disk. A file under its content's name is therefore always whole; a part file left behind is a killed upload's.
 * The folder, its two sub-folders and a move between them are tried when the application starts: a store it cannot
 * write to stops the start with the reason.
 */
@Component
class ContentFiles {

    static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    static final String PART_SUFFIX = ".part";
    private static final int BUFFER = 64 * 1024;

    private final Path directory;
    private final Path incoming;
    private final Path contents;

    ContentFiles(DocumentProperties properties) {
        this.directory = properties.directory().toAbsolutePath().normalize();
        this.incoming = directory.resolve("incoming");
        this.contents = directory.resolve("sha256");
        prepare();
    }

    /** Makes the folders and moves a probe file from {@code incoming/} into {@code sha256/} and away again. */
    private void prepare() {
        try {
            Files.createDirectories(incoming);
            Files.createDirectories(contents);
            Path probe = incoming.resolve("start-" + UUID.randomUUID() + ".probe");
            Path moved = contents.resolve(probe.getFileName());
            try {
                Files.writeString(probe, "probe");
                Files.move(probe, moved, StandardCopyOption.ATOMIC_MOVE);
            }
            finally {
                Files.deleteIfExists(probe);
                Files.deleteIfExists(moved);
            }
        }
        catch (AtomicMoveNotSupportedException e) {
            throw new IllegalStateException("openace.documents.directory: " + incoming + " and " + contents
                    + " must be on one file system (a finished upload is moved atomically between them)", e);
        }
        catch (IOException | UnsupportedOperationException | SecurityException e) {
            throw new IllegalStateException("openace.documents.directory: the document store " + directory
                    + " cannot be made or written to (" + e + ")", e);
        }
    }

    Path directory() {
        return directory;
    }

    /** Where the content of this SHA-256 lives. */
    Path pathOf(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a lower-case SHA-256: " + sha256);
        }
        return contents.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    /**
     * Reads the upload into a new part file, hashing and counting as it goes: refused before anything is written
     * when it is empty or its first bytes are of no accepted type, and as soon as it passes {@code maxBytes} (never
     * more than {@code maxBytes} reach the disk). The part file is synced to disk before this returns; on a refusal
     * or an {@link IOException} from the content it is deleted.
     */
    ReceivedContent receive(InputStream content, long maxBytes) throws DocumentRefused, IOException {
        byte[] head = new byte[DocumentType.SIGNATURE_BYTES];
        int headLength = content.readNBytes(head, 0, head.length);
        if (headLength == 0) {
            throw DocumentRefused.empty();
        }
        DocumentType type = DocumentType.sniff(head, headLength).orElseThrow(DocumentRefused::typeNotAccepted);
        if (headLength > maxBytes) {
            throw DocumentRefused.tooLarge(maxBytes);
        }
        MessageDigest digest = sha256();
        Path part = incoming.resolve(UUID.randomUUID() + PART_SUFFIX);
        boolean whole = false;
        try (FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ownerOnly(part);
            write(out, digest, head, headLength);
            long size = headLength;
            byte[] buffer = new byte[BUFFER];
            for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                if (size + n > maxBytes) {
                    throw DocumentRefused.tooLarge(maxBytes);
                }
                write(out, digest, buffer, n);
                size += n;
            }
            out.force(true);
            whole = true;
            return new ReceivedContent(part, type, size, HexFormat.of().formatHex(digest.digest()));
        }
        finally {
            if (!whole) {
                Files.deleteIfExists(part);
            }
        }
    }

    /**
     * Puts a received upload under its content's name: moved there atomically, or, when a whole file of that content
     * is there already, the part is deleted and the file kept. Either way the content file's time is set to
     * {@code now}, so that the sweeper, which only takes files older than an hour, leaves it to the transaction
     * about to record it.
     */
    void publish(ReceivedContent received, Instant now) throws IOException {
        Path target = pathOf(received.sha256());
        Files.createDirectories(target.getParent());
        if (Files.isRegularFile(target) && Files.size(target) == received.size()) {
            Files.delete(received.part());
        }
        else {
            // a file of another length under this name is damaged: the new one replaces it
            Files.move(received.part(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncDirectory(target.getParent());
        }
        Files.setLastModifiedTime(target, FileTime.from(now));
    }

    /** Deletes a part file that is not to become a content file (nothing happens when it was moved already). */
    void discard(ReceivedContent received) throws IOException {
        Files.deleteIfExists(received.part());
    }

    /** Opens the content of this SHA-256 for reading. */
    InputStream open(String sha256) throws IOException {
        return Files.newInputStream(pathOf(sha256));
    }

    /** When the content file of this SHA-256 was last written or published; empty when there is none. */
    Optional<Instant> modifiedAt(String sha256) throws IOException {
        try {
            return Optional.of(Files.getLastModifiedTime(pathOf(sha256)).toInstant());
        }
        catch (NoSuchFileException gone) {
            return Optional.empty();
        }
    }

    /** Deletes the content file of this SHA-256; answers whether there was one. */
    boolean delete(String sha256) throws IOException {
        return Files.deleteIfExists(pathOf(sha256));
    }

    /** The part files of {@code incoming/} last written before {@code before}. */
    List<Path> partsOlderThan(Instant before) throws IOException {
        List<Path> old = new ArrayList<>();
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(incoming, "*" + PART_SUFFIX)) {
            for (Path part : parts) {
                if (isOlder(part, before)) {
                    old.add(part);
                }
            }
        }
        return old;
    }

    /** The SHA-256 of every content file last written before {@code before}, as the folder is walked. */
    Stream<String> contentsOlderThan(Instant before) throws IOException {
        return Files.walk(contents, 3)
                .filter(file -> SHA256.matcher(file.getFileName().toString()).matches())
                .filter(file -> isOlder(file, before))
                .map(file -> file.getFileName().toString());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static void write(FileChannel out, MessageDigest digest, byte[] bytes, int length) throws IOException {
        digest.update(bytes, 0, length);
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
    }

    private static boolean isOlder(Path file, Instant before) {
        try {
            return Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(before);
        }
        catch (NoSuchFileException gone) {
            return false;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Readable and writable by the portal's own user only, where the file system has POSIX permissions. */
    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions: the folder's own protection applies
        }
    }

    /** Makes a rename in the folder durable; a platform that cannot open a folder for syncing skips it. */
    private static void syncDirectory(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        }
        catch (IOException | UnsupportedOperationException cannotSyncFolders) {
            // Windows, for one, cannot open a folder as a channel; its renames are journaled by NTFS
        }
    }
}
