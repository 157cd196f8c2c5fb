package org.openace.reports.adhoc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccountId;
import org.openace.identity.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The templates in PostgreSQL ({@code report_template}). Who may see which is {@link TemplateReach}'s to say. */
@Component
class ReportTemplates {

    private static final String COLUMNS = "id, account_id, owner_id, name, definition::text as definition, shared, "
            + "created_at, updated_at";

    private final JdbcClient jdbc;

    ReportTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves a template under its owner's name for it: a new one, or the owner's template of that name replaced. */
    ReportTemplate save(UserId owner, @Nullable AccountId account, String name, String definition, boolean shared,
                        Instant now) {
        return jdbc.sql("""
                insert into report_template (id, account_id, owner_id, name, definition, shared, created_at, updated_at)
                values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)
                on conflict (owner_id, name) do update set account_id = excluded.account_id,
                    definition = excluded.definition, shared = excluded.shared, updated_at = excluded.updated_at
                returning\s""" + COLUMNS)
                .param(UUID.randomUUID()).param(account == null ? null : account.value()).param(owner.value())
                .param(name).param(definition).param(shared).param(Timestamp.from(now)).param(Timestamp.from(now))
                .query(this::template).single();
    }

    Optional<ReportTemplate> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from report_template where id = ?").param(id).query(this::template)
                .optional();
    }

    /** A trade user's own templates under these accounts and the ones shared there, by name. */
    List<ReportTemplate> ofAccounts(UserId user, List<AccountId> accounts) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        UUID[] ids = accounts.stream().map(AccountId::value).toArray(UUID[]::new);
        return jdbc.sql("select " + COLUMNS + " from report_template where account_id = any(?) "
                        + "and (owner_id = ? or shared) order by lower(name), id")
                .param(ids).param(user.value()).query(this::template).list();
    }

    /** A customs officer's own templates and those other officers shared, by name. */
    List<ReportTemplate> ofOfficers(UserId user) {
        return jdbc.sql("select " + COLUMNS + " from report_template where account_id is null "
                        + "and (owner_id = ? or shared) order by lower(name), id")
                .param(user.value()).query(this::template).list();
    }

    boolean delete(UUID id, UserId owner) {
        return jdbc.sql("delete from report_template where id = ? and owner_id = ?").param(id).param(owner.value())
                .update() == 1;
    }

    private ReportTemplate template(ResultSet rs, int row) throws SQLException {
        UUID account = rs.getObject("account_id", UUID.class);
        return new ReportTemplate(rs.getObject("id", UUID.class), account == null ? null : new AccountId(account),
                new UserId(rs.getObject("owner_id", UUID.class)), rs.getString("name"), rs.getString("definition"),
                rs.getBoolean("shared"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }
}
