package org.openace.analytics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;

import org.openace.platform.AtomicFiles;

/**
 * The files of the analytics store in its folder: DuckDB files named {@code store-<time>-<id>.duckdb}, and the file
 * {@value #CURRENT} naming the one in use. A new store (a rebuild, an import) is built under a {@code building-} name,
 * finished (checkpointed and closed), renamed, and then named in {@value #CURRENT}, which is replaced atomically: a
 * node sees the old store or the new one, never half of one, and a crash while building leaves the old store in use.
 * The node that runs the feed switches to the new file at its next poll and deletes the superseded ones, and the
 * files of builds that crashed long ago.
 */
final class StoreFiles {

    static final String CURRENT = "CURRENT";
    /** How long a build's file must have stayed unwritten to be taken for abandoned. */
    static final Duration ABANDONED_AFTER = Duration.ofHours(6);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path directory;

    StoreFiles(Path directory) {
        this.directory = directory.toAbsolutePath();
    }

    Path directory() {
        return directory;
    }

    /** The file in use, if there is one. */
    Optional<Path> current() throws IOException {
        Path pointer = directory.resolve(CURRENT);
        if (!Files.exists(pointer)) {
            return Optional.empty();
        }
        String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
        if (!name.matches("store-[0-9TZ]+-[0-9a-f]{8}\\.duckdb")) {
            throw new IOException("The analytics store's " + pointer + " does not name a store file: \"" + name + "\"");
        }
        return Optional.of(directory.resolve(name));
    }

    /** A new file name to build a store in. */
    Path newBuildFile() throws IOException {
        Files.createDirectories(directory);
        return directory.resolve("building-" + UUID.randomUUID().toString().substring(0, 8) + ".duckdb");
    }

    /** Makes a finished store file the one in use and gives its final path. */
    Path publish(Path built) throws IOException {
        Path store = directory.resolve("store-" + STAMP.format(Instant.now()) + "-"
                + UUID.randomUUID().toString().substring(0, 8) + ".duckdb");
        try {
            Files.move(built, store, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (AtomicMoveNotSupportedException e) {
            Files.move(built, store);
        }
        AtomicFiles.replace(directory.resolve(CURRENT), store.getFileName().toString());
        return store;
    }

    /** Deletes a store file that is not (or no longer) in use, with its write-ahead log. */
    static void delete(Path store) throws IOException {
        Files.deleteIfExists(store);
        Files.deleteIfExists(store.resolveSibling(store.getFileName() + ".wal"));
    }

    /**
     * Deletes the store files other than {@code keep} (superseded by a rebuild or an import), and the files of builds
     * abandoned (a rebuild or import that crashed): those not written for {@link #ABANDONED_AFTER}. A build going on
     * (in this process or an admin command beside it) writes its file all the time, so it is never taken for one.
     */
    void deleteSuperseded(Path keep) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "store-*.duckdb")) {
            for (Path file : files) {
                if (!file.getFileName().equals(keep.getFileName())) {
                    delete(file);
                }
            }
        }
        deleteAbandonedBuilds(Instant.now().minus(ABANDONED_AFTER));
    }

    /** Deletes the {@code building-} files (and their write-ahead logs) last written before {@code before}. */
    void deleteAbandonedBuilds(Instant before) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "building-*.duckdb")) {
            for (Path file : files) {
                Path wal = file.resolveSibling(file.getFileName() + ".wal");
                Instant written = Files.getLastModifiedTime(file).toInstant();
                if (Files.exists(wal) && Files.getLastModifiedTime(wal).toInstant().isAfter(written)) {
                    written = Files.getLastModifiedTime(wal).toInstant();
                }
                if (written.isBefore(before)) {
                    delete(file);
                }
            }
        }
    }
}
