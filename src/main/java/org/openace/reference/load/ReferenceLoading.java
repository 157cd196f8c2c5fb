package org.openace.reference.load;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.reference.ReferenceDataLoaded;
import org.openace.reference.ReferenceKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a reference file as a new edition of its kind, all or nothing: the file's SHA-256 first (a file already
 * loaded for the kind changes nothing), then in one transaction the {@code reference_load} row, every data row and
 * the audit record {@code REFERENCE_LOADED}. A malformed file rolls everything back and is audited as a failure with
 * the line or element that is wrong.
 */
@Component
class ReferenceLoading {

    /** How it ended. */
    enum Status { LOADED, ALREADY_LOADED, REFUSED }

    /** The outcome, with what to tell the person who asked. */
    record Outcome(Status status, String message, @Nullable UUID loadId, int rows, @Nullable String edition) {
    }

    private final Map<ReferenceKind, ReferenceFormat> formats;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReferenceLoading(List<ReferenceFormat> formats, JdbcClient jdbc, TransactionTemplate transaction, AuditTrail audit,
                     ApplicationEventPublisher events, Clock clock) {
        this.formats = formats.stream().collect(Collectors.toMap(ReferenceFormat::kind, Function.identity()));
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Loads a file.
     *
     * @param edition   the edition's name; null derives it from the file name
     * @param effective the date from which the edition is in force; null means today
     * @param loadedBy  who loads it, as recorded (a user ID, or the command line)
     */
    Outcome load(ReferenceKind kind, ReferenceSource source, @Nullable String edition, @Nullable LocalDate effective,
                 String loadedBy, AuditActor actor) {
        ReferenceFormat format = formats.get(kind);
        if (format == null) {
            throw new IllegalStateException("No format for " + kind);
        }
        String sha256;
        try {
            sha256 = sha256(source);
        }
        catch (IOException e) {
            return new Outcome(Status.REFUSED, "The file " + source.name() + " could not be read.", null, 0, null);
        }
        Optional<String> loadedAs = editionWithDigest(kind, sha256);
        if (loadedAs.isPresent()) {
            return new Outcome(Status.ALREADY_LOADED, "This file (SHA-256 " + sha256 + ") is already loaded as "
                    + kind.option() + " edition " + loadedAs.get() + "; nothing changed.", null, 0, loadedAs.get());
        }
        String name = edition != null ? edition : derivedEdition(source.name());
        LocalDate from = effective != null ? effective : LocalDate.now(clock);
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,59}")) {
            return new Outcome(Status.REFUSED, "The edition name \"" + name + "\" must be 1 to 60 letters, digits, dots,"
                    + " hyphens or underscores.", null, 0, null);
        }
        if (editionExists(kind, name)) {
            return new Outcome(Status.REFUSED, "Edition " + name + " of " + kind.option() + " is already loaded from "
                    + "another file; a new edition needs its own name (--edition). Nothing was loaded.", null, 0, name);
        }
        UUID loadId = UUID.randomUUID();
        try {
            int rows = transaction.execute(status -> {
                jdbc.sql("""
                        insert into reference_load (id, kind, edition, effective_from, file_name, sha256, row_count,
                                                    loaded_at, loaded_by)
                        values (?, ?, ?, ?, ?, ?, 0, ?, ?)
                        """).param(loadId).param(kind.name()).param(name).param(Date.valueOf(from))
                        .param(truncate(source.name(), 255)).param(sha256).param(Timestamp.from(clock.instant()))
                        .param(truncate(loadedBy, 100)).update();
                int count;
                try (InputStream in = new BufferedInputStream(source.open())) {
                    count = format.load(in, loadId);
                }
                catch (IOException e) {
                    throw new MalformedReferenceFileException(source.name(), "the file could not be read to the end");
                }
                if (count == 0) {
                    throw new MalformedReferenceFileException(source.name(), "the file has no rows");
                }
                jdbc.sql("update reference_load set row_count = ? where id = ?").param(count).param(loadId).update();
                audit.record(AuditRecord.of("REFERENCE_LOADED", AuditOutcome.SUCCESS).actor(actor)
                        .object("REFERENCE_LOAD", loadId).detail("kind", kind.name()).detail("edition", name)
                        .detail("effectiveFrom", from).detail("file", truncate(source.name(), 120))
                        .detail("sha256", sha256).detail("rows", count));
                events.publishEvent(new ReferenceDataLoaded(loadId, kind, name, from, count));
                return count;
            });
            return new Outcome(Status.LOADED, "Loaded " + rows + " rows of " + kind.option() + " edition " + name
                    + " (in force from " + from + ") from " + source.name() + ", SHA-256 " + sha256 + ".", loadId, rows, name);
        }
        catch (MalformedReferenceFileException e) {
            audit.record(AuditRecord.of("REFERENCE_LOADED", AuditOutcome.FAILURE).actor(actor)
                    .object("REFERENCE_LOAD", kind.name()).detail("kind", kind.name()).detail("edition", name)
                    .detail("file", truncate(source.name(), 120)).detail("sha256", sha256)
                    .detail("problem", truncate(e.getMessage(), 300)));
            return new Outcome(Status.REFUSED, "The " + kind.option() + " file " + source.name() + " is refused: "
                    + e.getMessage() + ". Nothing was loaded.", null, 0, name);
        }
        catch (DuplicateKeyException e) {
            return new Outcome(Status.ALREADY_LOADED, "This file, or edition " + name + ", was loaded at the same moment"
                    + " by someone else; nothing changed.", null, 0, name);
        }
    }

    private Optional<String> editionWithDigest(ReferenceKind kind, String sha256) {
        return jdbc.sql("select edition from reference_load where kind = ? and sha256 = ?").param(kind.name())
                .param(sha256).query(String.class).optional();
    }

    private boolean editionExists(ReferenceKind kind, String edition) {
        return jdbc.sql("select exists(select 1 from reference_load where kind = ? and edition = ?)")
                .param(kind.name()).param(edition).query(Boolean.class).single();
    }

    /** The file name without its extension, with anything but letters, digits, dots, hyphens and underscores dropped. */
    static String derivedEdition(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = (dot > 0 ? fileName.substring(0, dot) : fileName).replaceAll("[^A-Za-z0-9._-]", "-")
                .replaceAll("^[^A-Za-z0-9]+", "");
        return truncate(base.isEmpty() ? "edition" : base, 60);
    }

    private static String sha256(ReferenceSource source) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(source.open(), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
