package org.openace.reports.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.openace.reports.ReportsProperties;
import org.springframework.stereotype.Component;

/**
 * The rows of finished runs, one Parquet file per run named by its id, in the folder every node shares
 * ({@code openace.reports.results-directory}). Each attempt at a run writes a part file of its own and renames it
 * to {@code <id>.parquet} when complete, so a file under its final name is always whole.
 */
@Component
public class ResultFiles {

    private final Path directory;

    ResultFiles(ReportsProperties properties) {
        this.directory = properties.resultsDirectory().toAbsolutePath();
    }

    public Path of(UUID run) {
        return directory.resolve(run + ".parquet");
    }

    /** A new file for one attempt at the run to write (two attempts never write the same file). */
    Path partOf(UUID run) {
        try {
            Files.createDirectories(directory);
        }
        catch (IOException e) {
            throw new UncheckedIOException("The result folder " + directory + " cannot be made", e);
        }
        return directory.resolve(run + "-" + UUID.randomUUID() + ".parquet.part");
    }

    /** The attempt's file becomes the run's rows. */
    void publish(Path part, UUID run) throws IOException {
        Files.move(part, of(run), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Deletes an attempt's file. */
    void discardPart(Path part) {
        delete(part);
    }

    /** Deletes a run's rows (past their retention). */
    void discard(UUID run) {
        delete(of(run));
    }

    /** Deletes the part files of attempts whose node died (untouched since {@code before}); answers how many. */
    int deleteAbandonedParts(java.time.Instant before) throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        int deleted = 0;
        try (var parts = Files.newDirectoryStream(directory, "*.parquet.part")) {
            for (Path part : parts) {
                if (Files.getLastModifiedTime(part).toInstant().isBefore(before)) {
                    delete(part);
                    deleted++;
                }
            }
        }
        return deleted;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + file, e);
        }
    }
}
