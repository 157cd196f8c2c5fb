package org.openace.filing.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openace.account.DataRef;
import org.openace.account.DataResolver;
import org.openace.account.DataTarget;
import org.openace.account.PortCode;
import org.openace.account.SubAccountId;
import org.openace.filing.EntryNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Resolves entry numbers ({@value #KIND}) for {@code @DataAccess}: an entry is visible from its importer's
 * sub-account by importer number and from its filer's sub-account by filer code (the visibility columns of
 * {@code entry_summary}, either of which is null while no account holds the number), at its port of entry. Any
 * typed form of the number is read ({@code D3M-9000001-5}, {@code d3m90000015}); a malformed number or one that
 * names no entry resolves to nothing (404). An entry that no account holds yet is one visible from no sub-account:
 * only the roles that see all data reach it.
 */
@Component
class EntryNumbers implements DataResolver {

    static final String KIND = "entry";

    private final JdbcClient jdbc;

    EntryNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<DataTarget> resolve(String id) {
        if (id == null || id.length() > 20) {
            return Optional.empty();
        }
        return EntryNumber.tryParse(id).flatMap(number -> jdbc.sql("""
                        select importer_sub_account_id, importer_identifier_id, filer_sub_account_id,
                               filer_identifier_id, port_of_entry
                        from entry_summary where entry_number = ?
                        """).param(number.compact())
                .query((rs, n) -> {
                    PortCode port = new PortCode(rs.getString("port_of_entry"));
                    List<DataRef> refs = new ArrayList<>(2);
                    UUID importerSub = rs.getObject("importer_sub_account_id", UUID.class);
                    if (importerSub != null) {
                        refs.add(new DataRef(new SubAccountId(importerSub),
                                rs.getObject("importer_identifier_id", UUID.class), null, port));
                    }
                    UUID filerSub = rs.getObject("filer_sub_account_id", UUID.class);
                    if (filerSub != null) {
                        refs.add(new DataRef(new SubAccountId(filerSub), null,
                                rs.getObject("filer_identifier_id", UUID.class), port));
                    }
                    return refs;
                }).optional())
                .map(DataTarget::anyOf);
    }
}
