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
 * ({@code openace.reports.results-directory}). A run writes {@code <id>.parquet.part} and renames it when complete,
 * so a file under its final name is always whole; a part left by a node that died is replaced when the run is taken
 * up again.
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

    Path partOf(UUID run) {
        try {
            Files.createDirectories(directory);
        }
        catch (IOException e) {
            throw new UncheckedIOException("The result folder " + directory + " cannot be made", e);
        }
        Path part = directory.resolve(run + ".parquet.part");
        delete(part);
        return part;
    }

    void publish(UUID run) throws IOException {
        Files.move(directory.resolve(run + ".parquet.part"), of(run), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    void discard(UUID run) {
        delete(directory.resolve(run + ".parquet.part"));
        delete(of(run));
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
