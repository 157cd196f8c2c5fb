package org.openace.document.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openace.document.DocumentRefused;
import org.openace.document.DocumentType;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The folder of the store without a database: uploads read into part files, refused before anything stays on disk,
 * published under their SHA-256, read back checked; settings out of range refused.
 */
class ContentFilesTests {

    @TempDir
    Path directory;

    private ContentFiles files() {
        return new ContentFiles(new DocumentProperties(directory, DataSize.ofKilobytes(64)));
    }

    private static InputStream pdf(int size) {
        byte[] content = new byte[size];
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, Math.min(header.length, size));
        return new ByteArrayInputStream(content);
    }

    private long filesUnder(String folder) throws IOException {
        try (Stream<Path> all = Files.walk(directory.resolve(folder))) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void anUploadIsHashedCountedAndPublishedUnderItsSha256() throws Exception {
        ContentFiles files = files();
        byte[] content = "%PDF-1.4 a small document".getBytes(StandardCharsets.US_ASCII);

        ReceivedContent received = files.receive(new ByteArrayInputStream(content), 64 * 1024);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        assertThat(received.sha256()).isEqualTo(expected);
        assertThat(received.size()).isEqualTo(content.length);
        assertThat(received.type()).isEqualTo(DocumentType.PDF);
        assertThat(received.part()).hasParent(directory.toAbsolutePath().resolve("incoming")).hasBinaryContent(content);

        files.publish(received, Instant.parse("2026-01-01T00:00:00Z"));
        Path stored = directory.resolve("sha256").resolve(expected.substring(0, 2)).resolve(expected.substring(2, 4))
                .resolve(expected);
        assertThat(stored).hasBinaryContent(content);
        assertThat(Files.getLastModifiedTime(stored).toInstant()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(filesUnder("incoming")).isZero();

        ReceivedContent again = files.receive(new ByteArrayInputStream(content), 64 * 1024);
        files.publish(again, Instant.parse("2026-01-02T00:00:00Z"));
        assertThat(filesUnder("incoming")).isZero();
        assertThat(filesUnder("sha256")).isOne();
        assertThat(Files.getLastModifiedTime(stored).toInstant()).as("touched for the sweeper")
                .isEqualTo("2026-01-02T00:00:00Z");
        try (InputStream in = new VerifiedContent(files.open(expected), expected, content.length)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void aRenamedExecutableAnEmptyFileAndAnOversizedOneLeaveNothingOnDisk() {
        ContentFiles files = files();
        byte[] executable = new byte[4096];
        executable[0] = 'M';
        executable[1] = 'Z';

        assertThatThrownBy(() -> files.receive(new ByteArrayInputStream(executable), 64 * 1024))
                .isInstanceOfSatisfying(DocumentRefused.class,
                        r -> assertThat(r.code()).isEqualTo(DocumentRefused.Code.TYPE_NOT_ACCEPTED));
        assertThatThrownBy(() -> files.receive(InputStream.nullInputStream(), 64 * 1024))
                .isInstanceOfSatisfying(DocumentRefused.class,
                        r -> assertThat(r.code()).isEqualTo(DocumentRefused.Code.EMPTY));
        assertThatThrownBy(() -> files.receive(pdf(64 * 1024 + 1), 64 * 1024))
                .isInstanceOfSatisfying(DocumentRefused.class,
                        r -> assertThat(r.code()).isEqualTo(DocumentRefused.Code.TOO_LARGE));
        assertThat(directory.resolve("incoming")).isEmptyDirectory();
        assertThat(directory.resolve("sha256")).isEmptyDirectory();
    }

    @Test
    void exactlyTheLimitIsAccepted() throws Exception {
        assertThat(files().receive(pdf(64 * 1024), 64 * 1024).size()).isEqualTo(64 * 1024);
    }

    @Test
    void anUploadInterruptedHalfWayLeavesNoPartFile() {
        ContentFiles files = files();
        InputStream broken = new SequenceInputStream(pdf(20_000), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        });

        assertThatThrownBy(() -> files.receive(broken, 64 * 1024)).isInstanceOf(IOException.class)
                .hasMessage("connection reset");
        assertThat(directory.resolve("incoming")).isEmptyDirectory();
    }

    @Test
    void contentThatNoLongerMatchesItsSha256FailsAtItsEnd() throws Exception {
        ContentFiles files = files();
        ReceivedContent received = files.receive(pdf(1000), 64 * 1024);
        files.publish(received, Instant.now());
        Path stored = files.pathOf(received.sha256());
        byte[] damaged = Files.readAllBytes(stored);
        damaged[500] ^= 1;
        Files.write(stored, damaged);

        try (InputStream in = new VerifiedContent(files.open(received.sha256()), received.sha256(), 1000)) {
            assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class)
                    .hasMessageContaining("does not match its SHA-256");
        }
    }

    @Test
    void settingsOutOfRangeAndAFolderThatCannotBeMadeStopTheStart() throws IOException {
        assertThatThrownBy(() -> new DocumentProperties(directory, DataSize.ofBytes(0)))
                .hasMessageContaining("openace.documents.max-size");
        assertThatThrownBy(() -> new DocumentProperties(directory, DataSize.ofMegabytes(257)))
                .hasMessageContaining("openace.documents.max-size");
        assertThat(new DocumentProperties(directory, DataSize.ofMegabytes(256)).maxSize())
                .isEqualTo(DataSize.ofMegabytes(256));

        Path aFile = Files.writeString(directory.resolve("a-file"), "not a folder");
        assertThatThrownBy(() -> new ContentFiles(new DocumentProperties(aFile.resolve("documents"),
                DataSize.ofMegabytes(10)))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("openace.documents.directory").hasMessageContaining("cannot be made");
    }
}
