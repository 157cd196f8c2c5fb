package org.openace.account.core;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contacts of accounts in {@code account_contact}. Every look-up is within one account. */
@Repository
public class Contacts {

    private static final String COLUMNS = "id, account_id, kind, name, title, email, phone";

    private final JdbcClient jdbc;
    private final Clock clock;

    Contacts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Contact> ofAccount(AccountId account) {
        return jdbc.sql("select " + COLUMNS + " from account_contact where account_id = ? order by kind, lower(name)")
                .param(account.value()).query(Contacts::map).list();
    }

    public Optional<Contact> find(AccountId account, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from account_contact where id = ? and account_id = ?")
                .param(id).param(account.value()).query(Contacts::map).optional();
    }

    public Contact insert(AccountId account, ContactKind kind, String name, @Nullable String title,
                          @Nullable String email, @Nullable String phone) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into account_contact (id, account_id, kind, name, title, email, phone, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """).param(id).param(account.value()).param(kind.name()).param(name).param(title).param(email)
                .param(phone).param(Timestamp.from(clock.instant())).update();
        return new Contact(id, account, kind, name, title, email, phone);
    }

    /** Changes a contact of the account; false if the account has no such contact. */
    public boolean update(Contact contact) {
        return jdbc.sql("""
                update account_contact set kind = ?, name = ?, title = ?, email = ?, phone = ?
                where id = ? and account_id = ?
                """).param(contact.kind().name()).param(contact.name()).param(contact.title()).param(contact.email())
                .param(contact.phone()).param(contact.id()).param(contact.accountId().value()).update() == 1;
    }

    /** Removes a contact of the account; false if the account has no such contact. */
    public boolean delete(AccountId account, UUID id) {
        return jdbc.sql("delete from account_contact where id = ? and account_id = ?")
                .param(id).param(account.value()).update() == 1;
    }

    static Contact map(ResultSet rs, int row) throws SQLException {
        return new Contact(rs.getObject("id", UUID.class), new AccountId(rs.getObject("account_id", UUID.class)),
                ContactKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("title"),
                rs.getString("email"), rs.getString("phone"));
    }
}
