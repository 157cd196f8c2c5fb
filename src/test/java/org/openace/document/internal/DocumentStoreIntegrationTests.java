package org.openace.document.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openace.audit.AuditActor;
import org.openace.document.DocumentDownloads;
import org.openace.document.DocumentRefused;
import org.openace.document.DocumentType;
import org.openace.document.Documents;
import org.openace.document.StoredDocument;
import org.openace.test.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The document store on the embedded PostgreSQL and a folder of its own: documents stored and read back by their
 * SHA-256, one file for the same content, refusals and interrupted uploads leaving no file and no row, rollbacks
 * deleting the file unless a committed row holds it, the sweeper, and the download's headers.
 */
@PortalTest
class DocumentStoreIntegrationTests {

    private static final AuditActor UPLOADER = new AuditActor(UUID.randomUUID(), "docuploader");

    @Autowired
    Documents documents;
    @Autowired
    DocumentProperties properties;
    @Autowired
    DocumentSweeper sweeper;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Clock clock;

    /** A PDF header and random bytes: content no other test stores. */
    private static byte[] uniquePdf(int size) {
        byte[] content = new byte[size];
        ThreadLocalRandom.current().nextBytes(content);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private Path root() {
        return properties.directory().toAbsolutePath().normalize();
    }

    private Path contentFile(String sha256) {
        return root().resolve("sha256").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private long filesUnder(String folder) throws IOException {
        try (Stream<Path> all = Files.walk(root().resolve(folder))) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    private long rows() {
        return jdbc.sql("select count(*) from document").query(Long.class).single();
    }

    private long rowsOf(String sha256) {
        return jdbc.sql("select count(*) from document where sha256 = ?").param(sha256).query(Long.class).single();
    }

    private long refusals(DocumentRefused.Code code) {
        return jdbc.sql("select count(*) from audit_event where action = 'DOCUMENT_REFUSED' and outcome = 'FAILURE' "
                + "and actor_name = ? and details->>'code' = ?").params(UPLOADER.name(), code.name())
                .query(Long.class).single();
    }

    private StoredDocument store(byte[] content) throws Exception {
        return documents.store("scan.pdf", new ByteArrayInputStream(content), UPLOADER);
    }

    @Test
    void aDocumentIsStoredRecordedAuditedAndReadBackWithTheSameSha256() throws Exception {
        byte[] content = uniquePdf(300_000);

        StoredDocument stored = documents.store("C:\\scans\\Invoice 7.pdf", new ByteArrayInputStream(content),
                UPLOADER);

        assertThat(stored.fileName()).isEqualTo("Invoice 7.pdf");
        assertThat(stored.type()).isEqualTo(DocumentType.PDF);
        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.sha256()).isEqualTo(sha256(content));
        assertThat(stored.uploadedBy()).isEqualTo("docuploader");
        assertThat(documents.find(stored.id())).contains(stored);
        assertThat(documents.find(UUID.randomUUID())).isEmpty();
        assertThat(contentFile(stored.sha256())).hasBinaryContent(content);
        try (InputStream in = documents.open(stored)) {
            assertThat(sha256(in.readAllBytes())).isEqualTo(stored.sha256());
        }
        assertThat(jdbc.sql("select outcome || ' ' || object_type || ' ' || (details->>'type') || ' ' "
                        + "|| (details->>'size') from audit_event where action = 'DOCUMENT_STORED' and object_id = ?")
                .param(stored.id().toString()).query(String.class).single())
                .isEqualTo("SUCCESS DOCUMENT PDF 300000");
        assertThat(documents.maxBytes()).isEqualTo(10L * 1024 * 1024);
    }

    @Test
    void theSameContentTwiceIsOneFileAndTwoRows() throws Exception {
        byte[] content = uniquePdf(50_000);
        long files = filesUnder("sha256");

        StoredDocument first = store(content);
        StoredDocument second = documents.store("copy.pdf", new ByteArrayInputStream(content), UPLOADER);

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(rowsOf(first.sha256())).isEqualTo(2);
        assertThat(filesUnder("sha256")).isEqualTo(files + 1);
        assertThat(filesUnder("incoming")).isZero();
    }

    @Test
    void aFileOneByteOverTheLimitIsRefusedWithoutAFileOrARow() throws Exception {
        long files = filesUnder("sha256");
        long rows = rows();
        long refused = refusals(DocumentRefused.Code.TOO_LARGE);
        long limit = documents.maxBytes();
        InputStream oversized = new SequenceInputStream(new ByteArrayInputStream(uniquePdf(9)),
                new ByteArrayInputStream(new byte[(int) limit + 1 - 9]));

        assertThatThrownBy(() -> documents.store("big.pdf", oversized, UPLOADER))
                .isInstanceOfSatisfying(DocumentRefused.class, r -> {
                    assertThat(r.code()).isEqualTo(DocumentRefused.Code.TOO_LARGE);
                    assertThat(r.getMessage()).isEqualTo("The file is larger than 10 MB.");
                });

        assertThat(filesUnder("incoming")).isZero();
        assertThat(filesUnder("sha256")).isEqualTo(files);
        assertThat(rows()).isEqualTo(rows);
        assertThat(refusals(DocumentRefused.Code.TOO_LARGE)).isEqualTo(refused + 1);
        assertThat(store(uniquePdf((int) limit)).size()).as("exactly the limit").isEqualTo(limit);
    }

    @Test
    void aRenamedExecutableAndANamelessFileAreRefusedAndAudited() throws Exception {
        long rows = rows();
        long typeRefusals = refusals(DocumentRefused.Code.TYPE_NOT_ACCEPTED);
        long nameRefusals = refusals(DocumentRefused.Code.NAME_NOT_ACCEPTED);
        byte[] executable = uniquePdf(5000);
        executable[0] = 'M';
        executable[1] = 'Z';

        assertThatThrownBy(() -> documents.store("invoice.pdf", new ByteArrayInputStream(executable), UPLOADER))
                .isInstanceOfSatisfying(DocumentRefused.class,
                        r -> assertThat(r.code()).isEqualTo(DocumentRefused.Code.TYPE_NOT_ACCEPTED));
        assertThatThrownBy(() -> documents.store("C:\\docs\\", new ByteArrayInputStream(uniquePdf(100)), UPLOADER))
                .isInstanceOfSatisfying(DocumentRefused.class,
                        r -> assertThat(r.code()).isEqualTo(DocumentRefused.Code.NAME_NOT_ACCEPTED));
        assertThatThrownBy(() -> documents.store("empty.pdf", InputStream.nullInputStream(), UPLOADER))
                .isInstanceOfSatisfying(DocumentRefused.class,
                        r -> assertThat(r.code()).isEqualTo(DocumentRefused.Code.EMPTY));

        assertThat(rows()).isEqualTo(rows);
        assertThat(filesUnder("incoming")).isZero();
        assertThat(refusals(DocumentRefused.Code.TYPE_NOT_ACCEPTED)).isEqualTo(typeRefusals + 1);
        assertThat(refusals(DocumentRefused.Code.NAME_NOT_ACCEPTED)).isEqualTo(nameRefusals + 1);
    }

    @Test
    void anUploadThatBreaksOffHalfWayLeavesNoFileAndNoRow() throws Exception {
        long files = filesUnder("sha256");
        long rows = rows();
        InputStream broken = new SequenceInputStream(new ByteArrayInputStream(uniquePdf(200_000)), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("the client went away");
            }
        });

        assertThatThrownBy(() -> documents.store("scan.pdf", broken, UPLOADER)).isInstanceOf(IOException.class)
                .hasMessage("the client went away");

        assertThat(filesUnder("incoming")).isZero();
        assertThat(filesUnder("sha256")).isEqualTo(files);
        assertThat(rows()).isEqualTo(rows);
    }

    @Test
    void aRollbackDeletesTheFileUnlessACommittedRowHoldsTheSameContent() throws Exception {
        byte[] content = uniquePdf(40_000);
        String sha256 = sha256(content);

        StoredDocument rolledBack = transaction.execute(status -> {
            try {
                StoredDocument stored = store(content);
                assertThat(contentFile(sha256)).exists();
                status.setRollbackOnly();
                return stored;
            }
            catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(contentFile(sha256)).doesNotExist();
        assertThat(documents.find(rolledBack.id())).isEmpty();
        assertThat(rowsOf(sha256)).isZero();

        StoredDocument kept = store(content);
        transaction.executeWithoutResult(status -> {
            try {
                store(content);
            }
            catch (Exception e) {
                throw new IllegalStateException(e);
            }
            status.setRollbackOnly();
        });
        assertThat(contentFile(sha256)).hasBinaryContent(content);
        assertThat(rowsOf(sha256)).isOne();
        assertThat(documents.find(kept.id())).isPresent();
        assertThat(filesUnder("incoming")).isZero();
    }

    @Test
    void theSweeperDeletesAbandonedPartsAndOrphanContentButKeepsHeldAndYoungFiles() throws Exception {
        FileTime twoHoursAgo = FileTime.from(clock.instant().minus(Duration.ofHours(2)));
        Path oldPart = Files.write(root().resolve("incoming").resolve(UUID.randomUUID() + ".part"), uniquePdf(100));
        Files.setLastModifiedTime(oldPart, twoHoursAgo);
        Path youngPart = Files.write(root().resolve("incoming").resolve(UUID.randomUUID() + ".part"), uniquePdf(100));
        byte[] orphan = uniquePdf(100);
        Path oldOrphan = Files.write(Files.createDirectories(contentFile(sha256(orphan)).getParent())
                .resolve(sha256(orphan)), orphan);
        Files.setLastModifiedTime(oldOrphan, twoHoursAgo);
        byte[] young = uniquePdf(100);
        Path youngOrphan = Files.write(Files.createDirectories(contentFile(sha256(young)).getParent())
                .resolve(sha256(young)), young);
        StoredDocument held = store(uniquePdf(100));
        Path heldFile = contentFile(held.sha256());
        Files.setLastModifiedTime(heldFile, twoHoursAgo);

        DocumentSweeper.Swept swept = sweeper.sweep();

        assertThat(oldPart).doesNotExist();
        assertThat(oldOrphan).doesNotExist();
        assertThat(swept.parts()).isGreaterThanOrEqualTo(1);
        assertThat(swept.contents()).isGreaterThanOrEqualTo(1);
        assertThat(youngPart).exists();
        assertThat(youngOrphan).exists();
        assertThat(heldFile).exists();
        try (InputStream in = documents.open(held)) {
            assertThat(in.readAllBytes()).hasSize(100);
        }
        Files.delete(youngPart);
    }

    @Test
    void aDownloadIsAnAttachmentTheBrowserNeitherSniffsNorRenders() throws Exception {
        byte[] content = "%PDF-1.4\n3 0 obj << /S /JavaScript /JS (app.alert('x');) >> endobj\n%%EOF\n"
                .replace("x", UUID.randomUUID().toString()).getBytes(StandardCharsets.US_ASCII);
        StoredDocument stored = documents.store("Protest \"draft\" \u00e9.pdf", new ByteArrayInputStream(content),
                UPLOADER);
        MockHttpServletResponse response = new MockHttpServletResponse();

        DocumentDownloads.send(documents, stored, response);

        assertThat(response.getContentType()).isEqualTo("application/octet-stream");
        assertThat(response.getHeader("Content-Disposition")).isEqualTo(
                "attachment; filename=\"Protest _draft_ _.pdf\"; filename*=UTF-8''Protest%20%22draft%22%20%C3%A9.pdf");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Content-Security-Policy")).isEqualTo("sandbox; default-src 'none'");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("private, no-store");
        assertThat(response.getContentLengthLong()).isEqualTo(content.length);
        assertThat(response.getContentAsByteArray()).isEqualTo(content);
    }
}
