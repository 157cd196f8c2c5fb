package org.openace.review.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.openace.account.DataRef;
import org.openace.account.DataResolver;
import org.openace.account.DataTarget;
import org.openace.account.PortCode;
import org.openace.account.SubAccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Resolves action numbers ({@value #KIND}) for {@code @DataAccess}: a form is visible from the importer's sub-account
 * by its importer number and port, and, as a courtesy copy, from the sub-account of the filer code that filed the
 * entry where the importer's sub-account designates that filer code; so to those they granted reviews to. A malformed
 * number or one that names no form resolves to nothing (404). {@link Answering} resolves the same numbers for
 * answering: the importer's side only (a courtesy copy is read, not answered).
 */
@Component
class ActionNumbers implements DataResolver {

    static final String KIND = "cbp-form";

    private final JdbcClient jdbc;

    ActionNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<DataTarget> resolve(String id) {
        return refs(jdbc, id, true).map(DataTarget::anyOf);
    }

    /** An action number as typed, if it has the shape of one: "28-2026-000001". */
    static Optional<String> normalized(String typed) {
        if (typed == null || !typed.matches("(28|29|4647)-[0-9]{4}-[0-9]{6,10}")) {
            return Optional.empty();
        }
        return Optional.of(typed.toUpperCase(Locale.ROOT));
    }

    static Optional<List<DataRef>> refs(JdbcClient jdbc, String id, boolean withCopy) {
        return normalized(id).flatMap(number -> jdbc.sql("""
                        select f.port, f.importer_sub_account_id, f.importer_identifier_id, f.filer_sub_account_id,
                               f.filer_identifier_id,
                               exists (select 1 from form_copy_designation d
                                       where d.importer_sub_account_id = f.importer_sub_account_id
                                         and d.filer_code = f.filer_code) as copied
                        from cbp_form f where f.action_number = ?
                        """).param(number)
                .query((rs, n) -> {
                    PortCode port = new PortCode(rs.getString("port"));
                    List<DataRef> refs = new ArrayList<>(2);
                    UUID importerSub = rs.getObject("importer_sub_account_id", UUID.class);
                    if (importerSub != null) {
                        refs.add(new DataRef(new SubAccountId(importerSub),
                                rs.getObject("importer_identifier_id", UUID.class), null, port));
                    }
                    UUID filerSub = rs.getObject("filer_sub_account_id", UUID.class);
                    if (withCopy && filerSub != null && rs.getBoolean("copied")) {
                        refs.add(new DataRef(new SubAccountId(filerSub), null,
                                rs.getObject("filer_identifier_id", UUID.class), port));
                    }
                    return List.copyOf(refs);
                }).optional());
    }

    /** Action numbers for answering ({@value #KIND}): the importer's side only. */
    @Component
    static class Answering implements DataResolver {

        static final String KIND = "cbp-form-answer";

        private final JdbcClient jdbc;

        Answering(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public Optional<DataTarget> resolve(String id) {
            return refs(jdbc, id, false).map(DataTarget::anyOf);
        }
    }
}
