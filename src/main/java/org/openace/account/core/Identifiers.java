package org.openace.account.core;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openace.account.AccountId;
import org.openace.account.DuplicateIdentifierException;
import org.openace.account.IdentifierAssigned;
import org.openace.account.IdentifierKind;
import org.openace.account.IdentifierWithdrawn;
import org.openace.account.SubAccountId;
import org.openace.account.TradeIdentifier;
import org.openace.platform.FieldCipher;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Identifiers of sub-accounts in {@code account_identifier}: unique per kind across all accounts (on a keyed
 * digest); importer numbers that are IRS or Social Security numbers are stored encrypted, bound to their row.
 */
@Repository
public class Identifiers {

    private static final String DIGEST_PURPOSE = "trade-identifier";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Identifiers(JdbcClient jdbc, FieldCipher cipher, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Gives an identifier to a sub-account.
     *
     * @throws DuplicateIdentifierException if any sub-account of any account holds it already
     */
    public Identifier insert(SubAccountId subAccount, TradeIdentifier identifier) {
        UUID id = UUID.randomUUID();
        byte[] sealed = identifier.isPersonalData()
                ? cipher.encrypt(identifier.value(), new FieldCipher.Binding("account_identifier", "value", id.toString()))
                : null;
        try {
            jdbc.sql("""
                    insert into account_identifier (id, sub_account_id, kind, value_plain, value_cipher, value_digest,
                                                    display, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    """).param(id).param(subAccount.value()).param(identifier.kind().name())
                    .param(identifier.isPersonalData() ? null : identifier.value()).param(sealed)
                    .param(digest(identifier)).param(identifier.display()).param(Timestamp.from(clock.instant())).update();
        }
        catch (DuplicateKeyException e) {
            throw new DuplicateIdentifierException(identifier.kind());
        }
        events.publishEvent(new IdentifierAssigned(subAccount, id, identifier.kind()));
        return new Identifier(id, subAccount, identifier.kind(), identifier.display());
    }

    public boolean exists(TradeIdentifier identifier) {
        return jdbc.sql("select exists(select 1 from account_identifier where kind = ? and value_digest = ?)")
                .param(identifier.kind().name()).param(digest(identifier)).query(Boolean.class).single();
    }

    /** The identifier row of a value, if some sub-account holds it (for matching data to sub-accounts). */
    public Optional<Identifier> findByValue(TradeIdentifier identifier) {
        return jdbc.sql("select id, sub_account_id, kind, display from account_identifier where kind = ? and value_digest = ?")
                .param(identifier.kind().name()).param(digest(identifier))
                .query((rs, n) -> new Identifier(rs.getObject(1, UUID.class), new SubAccountId(rs.getObject(2, UUID.class)),
                        IdentifierKind.valueOf(rs.getString(3)), rs.getString(4))).optional();
    }

    public List<Identifier> ofSubAccount(SubAccountId subAccount) {
        return jdbc.sql("select id, sub_account_id, kind, display from account_identifier where sub_account_id = ? order by kind, display")
                .param(subAccount.value())
                .query((rs, n) -> new Identifier(rs.getObject(1, UUID.class), new SubAccountId(rs.getObject(2, UUID.class)),
                        IdentifierKind.valueOf(rs.getString(3)), rs.getString(4))).list();
    }

    public Optional<Identifier> find(UUID id) {
        return jdbc.sql("select id, sub_account_id, kind, display from account_identifier where id = ?").param(id)
                .query((rs, n) -> new Identifier(rs.getObject(1, UUID.class), new SubAccountId(rs.getObject(2, UUID.class)),
                        IdentifierKind.valueOf(rs.getString(3)), rs.getString(4))).optional();
    }

    /** The identifiers of every sub-account of an account (for narrowing rights), by kind and display. */
    public List<Identifier> ofAccount(AccountId account) {
        return jdbc.sql("""
                select i.id, i.sub_account_id, i.kind, i.display from account_identifier i
                join sub_account s on s.id = i.sub_account_id
                where s.account_id = ? order by i.kind, i.display
                """).param(account.value())
                .query((rs, n) -> new Identifier(rs.getObject(1, UUID.class), new SubAccountId(rs.getObject(2, UUID.class)),
                        IdentifierKind.valueOf(rs.getString(3)), rs.getString(4))).list();
    }

    /** How many rights are narrowed to this identifier. */
    public int rightsNarrowedTo(UUID id) {
        return jdbc.sql("""
                select count(*) from account_right where importer_identifier_id = ? or filer_identifier_id = ?
                """).param(id).param(id).query(Integer.class).single();
    }

    /** Takes an identifier from its sub-account; false if the sub-account does not hold it. */
    public boolean delete(SubAccountId subAccount, UUID id) {
        Optional<Identifier> held = find(id).filter(i -> i.subAccountId().equals(subAccount));
        boolean deleted = jdbc.sql("delete from account_identifier where id = ? and sub_account_id = ?")
                .param(id).param(subAccount.value()).update() == 1;
        if (deleted) {
            events.publishEvent(new IdentifierWithdrawn(subAccount, id, held.orElseThrow().kind()));
        }
        return deleted;
    }

    /** The value of an identifier by its id, opened if it is personal data. */
    public Optional<TradeIdentifier> value(UUID id) {
        return jdbc.sql("select kind, value_plain, value_cipher from account_identifier where id = ?").param(id)
                .query((rs, n) -> {
                    IdentifierKind kind = IdentifierKind.valueOf(rs.getString(1));
                    String value = rs.getString(2) != null ? rs.getString(2)
                            : cipher.decrypt(rs.getBytes(3), new FieldCipher.Binding("account_identifier", "value", id.toString()));
                    return TradeIdentifier.parse(kind, value).orElseThrow(() -> new IllegalStateException(
                            "Stored identifier " + id + " of kind " + kind + " is not in its form"));
                }).optional();
    }

    private byte[] digest(TradeIdentifier identifier) {
        return cipher.lookupDigest(DIGEST_PURPOSE, identifier.kind() + ":" + identifier.normalized());
    }
}
