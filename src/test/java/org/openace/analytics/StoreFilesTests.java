package org.openace.analytics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A build of a store that crashed leaves its {@code building-} file behind: it is deleted (with its write-ahead log)
 * once it has not been written for {@link StoreFiles#ABANDONED_AFTER}, when the node next switches stores; a build
 * still writing, and the store in use, are kept.
 */
class StoreFilesTests {

    @Test
    void abandonedBuildsAreDeletedAndBuildsGoingOnAndTheStoreInUseAreKept(@TempDir Path folder) throws Exception {
        StoreFiles files = new StoreFiles(folder);
        Path inUse = files.publish(Files.writeString(files.newBuildFile(), "store"));
        Path crashed = Files.writeString(files.newBuildFile(), "half a store");
        Path crashedLog = Files.writeString(crashed.resolveSibling(crashed.getFileName() + ".wal"), "log");
        Path going = Files.writeString(files.newBuildFile(), "a store being built");
        Path goingLog = Files.writeString(going.resolveSibling(going.getFileName() + ".wal"), "log");
        FileTime longAgo = FileTime.from(Instant.now().minus(StoreFiles.ABANDONED_AFTER).minus(Duration.ofHours(1)));
        Files.setLastModifiedTime(crashed, longAgo);
        Files.setLastModifiedTime(crashedLog, longAgo);
        Files.setLastModifiedTime(going, longAgo); // its log is being written: the build goes on

        files.deleteSuperseded(inUse);

        assertThat(crashed).doesNotExist();
        assertThat(crashedLog).doesNotExist();
        assertThat(going).exists();
        assertThat(goingLog).exists();
        assertThat(inUse).exists();
        assertThat(files.current()).contains(inUse);
    }
}
