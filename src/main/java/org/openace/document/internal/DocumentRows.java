package org.openace.document.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.openace.document.DocumentType;
import org.openace.document.StoredDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code document} table: one row per upload; several rows may hold one content. */
@Component
class DocumentRows {

    private static final String COLUMNS = "id, file_name, type, size, sha256, uploaded_at, uploaded_by";

    private final JdbcClient jdbc;

    DocumentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(StoredDocument document) {
        jdbc.sql("insert into document (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)")
                .param(document.id()).param(document.fileName()).param(document.type().name())
                .param(document.size()).param(document.sha256()).param(Timestamp.from(document.uploadedAt()))
                .param(document.uploadedBy()).update();
    }

    Optional<StoredDocument> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from document where id = ?").param(id).query(DocumentRows::document)
                .optional();
    }

    /** Whether a row (committed, or written by the calling transaction) holds this content. */
    boolean holds(String sha256) {
        return jdbc.sql("select exists (select 1 from document where sha256 = cast(? as char(64)))").param(sha256)
                .query(Boolean.class).single();
    }

    /** Which of these contents a row holds. */
    Set<String> heldAmong(Collection<String> sha256s) {
        if (sha256s.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select distinct sha256 from document where sha256 = any(cast(? as char(64)[]))")
                .param(sha256s.toArray(String[]::new)).query(String.class).list());
    }

    private static StoredDocument document(ResultSet rs, int row) throws SQLException {
        return new StoredDocument(rs.getObject("id", UUID.class), rs.getString("file_name"),
                DocumentType.valueOf(rs.getString("type")), rs.getLong("size"), rs.getString("sha256"),
                rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by"));
    }
}
