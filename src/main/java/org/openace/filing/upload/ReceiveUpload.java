package org.openace.filing.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives a file of entry summaries: refuses at once what cannot be a file of summaries (empty, another format, a
 * CSV header lacking columns, too large), spools the rest to a temporary file, then stores the job and the whole
 * content in one transaction (an interrupted upload leaves nothing) and audits {@code UPLOAD_RECEIVED}. The
 * summaries are filed later by {@link UploadWorker}.
 */
@Component
@EnableConfigurationProperties(UploadProperties.class)
class ReceiveUpload {

    private static final int PEEK = 64 * 1024;

    private final UploadJobs jobs;
    private final UploadProperties properties;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReceiveUpload(UploadJobs jobs, UploadProperties properties, AuditTrail audit, TransactionTemplate transaction,
                  Clock clock) {
        this.jobs = jobs;
        this.properties = properties;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    long maxBytes() {
        return properties.maxFileSize().toBytes();
    }

    /**
     * @param declaredType the media type the file was sent as, if any (a generic one such as
     *                     {@code application/octet-stream} is ignored)
     * @param declaredLength the length announced, or -1
     */
    UploadJob receive(Uploader uploader, @Nullable String fileName, @Nullable String declaredType,
                      long declaredLength, InputStream content) throws IOException {
        long max = maxBytes();
        if (declaredLength > max) {
            throw UploadRefused.tooLarge(max);
        }
        byte[] peek = content.readNBytes(PEEK);
        String start = CsvSummaryReader.stripBom(new String(peek, StandardCharsets.UTF_8));
        if (start.isBlank()) {
            throw new UploadRefused(400, UploadRefused.EMPTY_FILE, "The file is empty",
                    "The file has no entry summary: send JSON lines (one summary per line) or CSV with its header row.");
        }
        UploadFormat format = UploadFormat.ofMediaType(declaredType)
                .or(() -> UploadFormat.ofFileName(fileName))
                .orElseGet(() -> UploadFormat.sniff(start));
        check(format, peek, start);
        String name = fileName == null || fileName.isBlank() ? "upload." + format.name().toLowerCase()
                : fileName.strip().replaceAll("[\\p{Cntrl}]", "").replaceAll(".*[/\\\\]", "");
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        Path spooled = Files.createTempFile("openace-upload-", ".part");
        try {
            long size = spool(peek, content, spooled, max);
            UploadJob job = new UploadJob(UUID.randomUUID(), uploader.account(), uploader.filer().subAccount(),
                    uploader.filer().filerCode(), uploader.user(), uploader.token(), uploader.filer().actorName(),
                    name, format, size, UploadJob.Status.QUEUED, null, 0, 0, 0, clock.instant(), null);
            transaction.executeWithoutResult(status -> store(job, spooled, uploader));
            return job;
        }
        finally {
            Files.deleteIfExists(spooled);
        }
    }

    private static void check(UploadFormat format, byte[] peek, String start) {
        for (byte b : peek) {
            if (b == 0) {
                throw new UploadRefused(415, UploadRefused.UNRECOGNIZED_FORMAT, "The file is not text",
                        "The file is not JSON lines nor CSV: it is not text (a spreadsheet workbook or an archive?). "
                                + "Save it as CSV (UTF-8) or JSON lines.");
            }
        }
        String first = start.stripLeading();
        if (format == UploadFormat.JSONL && !first.startsWith("{")) {
            throw new UploadRefused(415, UploadRefused.UNRECOGNIZED_FORMAT, "The file is not JSON lines",
                    "A JSON lines file has one entry summary per line, each a JSON object starting with {; this one "
                            + "does not start with {. Send CSV as text/csv or with a .csv name.");
        }
        if (format == UploadFormat.CSV) {
            if (first.startsWith("{") || first.startsWith("[")) {
                throw new UploadRefused(415, UploadRefused.UNRECOGNIZED_FORMAT, "The file is not CSV",
                        "The file looks like JSON, not CSV: send one entry summary per line as JSON lines "
                                + "(application/x-ndjson, or a .jsonl name).");
            }
            List<String> header = CsvSummaryReader.header(start);
            List<String> missing = CsvLayout.missing(new HashSet<>(header));
            if (missing.size() == CsvLayout.COLUMNS.stream().filter(CsvLayout.Column::required).count()) {
                throw new UploadRefused(415, UploadRefused.UNRECOGNIZED_FORMAT, "The file is not CSV of entry summaries",
                        "The first line of a CSV file of entry summaries is its header row with the column names "
                                + "(entryNumber, entryType, ...); this file has none of them. The template is at "
                                + "/entry-uploads/template.csv.");
            }
            if (!missing.isEmpty()) {
                throw new UploadRefused(400, UploadRefused.MISSING_COLUMNS, "The CSV file lacks columns",
                        "The header row lacks the column" + (missing.size() == 1 ? " " : "s ")
                                + String.join(", ", missing) + ".", missing);
            }
            List<String> unknown = CsvLayout.unknown(header);
            if (!unknown.isEmpty()) {
                throw new UploadRefused(400, UploadRefused.UNKNOWN_COLUMNS, "The CSV file has unknown columns",
                        "The header row has column" + (unknown.size() == 1 ? " " : "s ")
                                + String.join(", ", unknown.stream().map(ReceiveUpload::shown).toList())
                                + " that the layout does not know (a misspelling?).", unknown);
            }
        }
    }

    private static String shown(String column) {
        String clean = column.replaceAll("[\\p{Cntrl}]", "");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }

    private static long spool(byte[] peek, InputStream rest, Path to, long max) throws IOException {
        long size = peek.length;
        if (size > max) {
            throw UploadRefused.tooLarge(max);
        }
        try (OutputStream out = Files.newOutputStream(to)) {
            out.write(peek);
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = rest.read(buffer)) > 0) {
                size += n;
                if (size > max) {
                    throw UploadRefused.tooLarge(max);
                }
                out.write(buffer, 0, n);
            }
        }
        return size;
    }

    private void store(UploadJob job, Path spooled, Uploader uploader) {
        jobs.insert(job);
        try (InputStream in = Files.newInputStream(spooled)) {
            int seq = 0;
            byte[] chunk;
            while ((chunk = in.readNBytes(UploadJobs.CHUNK)).length > 0) {
                jobs.insertChunk(job.id(), seq++, chunk);
            }
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        audit.record(AuditRecord.of("UPLOAD_RECEIVED", AuditOutcome.SUCCESS).actor(uploader.filer().actor())
                .object("ENTRY_SUMMARY_UPLOAD", job.id()).detail("format", job.format().name())
                .detail("bytes", job.sizeBytes()).detail("filerCode", job.filerCode()));
    }
}
