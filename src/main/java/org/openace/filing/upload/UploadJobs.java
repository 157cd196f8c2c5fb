package org.openace.filing.upload;

import java.io.IOException;
import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccountId;
import org.openace.account.SubAccountId;
import org.openace.filing.EntryNumber;
import org.openace.filing.json.FilingJson;
import org.openace.filing.validation.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.JsonNode;

/** The tables of uploads: {@code upload_job}, {@code upload_chunk}, {@code upload_result}, {@code upload_claim}. */
@Repository
class UploadJobs {

    /** Bytes per stored chunk of a file. */
    static final int CHUNK = 1024 * 1024;

    private static final String COLUMNS = """
            j.id, j.account_id, j.filer_sub_account_id, j.filer_code, j.uploaded_by, j.token_id, j.actor_name,
            j.file_name, j.format, j.size_bytes, j.status, j.total, j.processed, j.filed, j.refused, j.created_at,
            j.finished_at
            """;

    private final JdbcClient jdbc;

    UploadJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UploadJob job) {
        jdbc.sql("""
                insert into upload_job (id, account_id, filer_sub_account_id, filer_code, uploaded_by, token_id,
                                        actor_name, file_name, format, size_bytes, status, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?)
                """).param(job.id()).param(job.account().value()).param(job.filerSubAccount().value())
                .param(job.filerCode()).param(job.uploadedBy()).param(job.tokenId()).param(job.actorName())
                .param(job.fileName()).param(job.format().name()).param(job.sizeBytes())
                .param(Timestamp.from(job.createdAt())).update();
        jdbc.sql("insert into upload_claim (job_id) values (?)").param(job.id()).update();
    }

    void insertChunk(UUID job, int seq, byte[] data) {
        jdbc.sql("insert into upload_chunk (job_id, seq, data) values (?, ?, ?)").param(job).param(seq).param(data)
                .update();
    }

    void setSize(UUID job, long size) {
        jdbc.sql("update upload_job set size_bytes = ? where id = ?").param(size).param(job).update();
    }

    Optional<UploadJob> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from upload_job j where j.id = ?").param(id)
                .query(UploadJobs::job).optional();
    }

    /** The uploads sent under these sub-accounts, newest first. */
    List<UploadJob> recent(List<SubAccountId> subAccounts, int limit) {
        if (subAccounts.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + """
                 from upload_job j where j.filer_sub_account_id in (:subs) order by j.created_at desc limit :limit
                """).param("subs", subAccounts.stream().map(SubAccountId::value).toList()).param("limit", limit)
                .query(UploadJobs::job).list();
    }

    /** The stored content of a job's file, read chunk by chunk. */
    InputStream content(UUID job) {
        return new ChunkStream(job);
    }

    void started(UUID job, Instant now) {
        jdbc.sql("update upload_job set status = 'RUNNING', started_at = coalesce(started_at, ?) where id = ?")
                .param(Timestamp.from(now)).param(job).update();
    }

    void counted(UUID job, int total) {
        jdbc.sql("update upload_job set total = ? where id = ?").param(total).param(job).update();
    }

    /** The last line with a result: processing resumes after it (results are committed in the file's order). */
    int lastLineDone(UUID job) {
        return jdbc.sql("select coalesce(max(line_number), 0) from upload_result where job_id = ?").param(job)
                .query(Integer.class).single();
    }

    /**
     * Keeps the results of a batch and counts them on the job (in the caller's transaction); a result already kept
     * (a batch done again after a crash) is neither kept nor counted twice.
     */
    void record(UUID job, List<UploadResult> results) {
        int filed = 0;
        int refused = 0;
        for (UploadResult result : results) {
            int inserted = jdbc.sql("""
                    insert into upload_result (job_id, line_number, outcome, entry_number, version, replayed, errors)
                    values (?, ?, ?, ?, ?, ?, cast(? as jsonb)) on conflict do nothing
                    """).param(job).param(result.lineNumber()).param(result.outcome().name())
                    .param(result.entryNumber() == null ? null
                            : EntryNumber.tryParse(result.entryNumber()).map(EntryNumber::compact).orElse(null))
                    .param(result.version()).param(result.replayed())
                    .param(FilingJson.MAPPER.writeValueAsString(errors(result.errors()))).update();
            if (inserted == 1) {
                if (result.stored()) {
                    filed++;
                }
                else {
                    refused++;
                }
            }
        }
        jdbc.sql("update upload_job set processed = processed + ?, filed = filed + ?, refused = refused + ? where id = ?")
                .param(filed + refused).param(filed).param(refused).param(job).update();
    }

    /** Ends a job whose uploader's right to file was withdrawn: its remaining summaries have their results. */
    void stopped(UUID job, Instant now) {
        jdbc.sql("update upload_job set status = 'STOPPED', finished_at = ? where id = ?").param(Timestamp.from(now))
                .param(job).update();
    }

    void completed(UUID job, Instant now) {
        jdbc.sql("update upload_job set status = 'COMPLETED', finished_at = ? where id = ?").param(Timestamp.from(now))
                .param(job).update();
    }

    /** The results of a job from a line on, in line order. */
    List<UploadResult> results(UUID job, int afterLine, int limit) {
        return jdbc.sql("""
                select line_number, outcome, entry_number, version, replayed, errors from upload_result
                where job_id = ? and line_number > ? order by line_number limit ?
                """).param(job).param(afterLine).param(limit).query(UploadJobs::result).list();
    }

    private static UploadResult result(ResultSet rs, int n) throws SQLException {
        String compact = rs.getString(3);
        String entry = compact == null ? null : EntryNumber.tryParse(compact).map(EntryNumber::formatted).orElse(compact);
        Integer version = rs.getObject(4, Integer.class);
        List<RuleViolation> errors = new ArrayList<>();
        for (JsonNode e : FilingJson.MAPPER.readTree(rs.getString(6))) {
            errors.add(new RuleViolation(e.get("code").asString(), e.get("field").asString(),
                    e.get("message").asString()));
        }
        return new UploadResult(rs.getInt(1), UploadResult.Outcome.valueOf(rs.getString(2)), entry, version,
                rs.getBoolean(5), errors);
    }

    private static List<Map<String, String>> errors(List<RuleViolation> violations) {
        return violations.stream().map(v -> {
            Map<String, String> error = new LinkedHashMap<>();
            error.put("code", v.code());
            error.put("field", v.field());
            error.put("message", v.message());
            return error;
        }).toList();
    }

    private static UploadJob job(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp(17);
        return new UploadJob(rs.getObject(1, UUID.class), new AccountId(rs.getObject(2, UUID.class)),
                new SubAccountId(rs.getObject(3, UUID.class)), rs.getString(4), rs.getObject(5, UUID.class),
                rs.getObject(6, UUID.class), rs.getString(7), rs.getString(8), UploadFormat.valueOf(rs.getString(9)),
                rs.getLong(10), UploadJob.Status.valueOf(rs.getString(11)), rs.getObject(12, Integer.class),
                rs.getInt(13), rs.getInt(14), rs.getInt(15), rs.getTimestamp(16).toInstant(),
                finished == null ? null : finished.toInstant());
    }

    /** Reads the chunks of a file in order, one query per chunk. */
    private final class ChunkStream extends InputStream {

        private final UUID job;
        private int seq;
        private byte @Nullable [] current = new byte[0];
        private int at;

        ChunkStream(UUID job) {
            this.job = job;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            while (current != null && at >= current.length) {
                current = jdbc.sql("select data from upload_chunk where job_id = ? and seq = ?").param(job)
                        .param(seq++).query(byte[].class).optional().orElse(null);
                at = 0;
            }
            if (current == null) {
                return -1;
            }
            int n = Math.min(len, current.length - at);
            System.arraycopy(current, at, b, off, n);
            at += n;
            return n;
        }
    }
}
