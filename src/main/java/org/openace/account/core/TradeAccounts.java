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
import org.openace.account.AccountOpening;
import org.openace.account.Address;
import org.openace.account.DuplicateIdentifierException;
import org.openace.account.TradeAccount;
import org.openace.identity.UserId;
import org.openace.privacy.PersonalDataVault;
import org.openace.privacy.ProtectedValue;
import org.openace.privacy.TaxIdentifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Top trade accounts in {@code trade_account}. The tax identifier is sealed to its row; unique by keyed digest. */
@Repository
public class TradeAccounts {

    static final String COLUMNS = """
            id, number, legal_name, doing_business_as, street, city, region, postal_code, country, phone,
            tax_id_kind, tax_id_display, status, created_at""";

    private final JdbcClient jdbc;
    private final PersonalDataVault vault;
    private final Clock clock;

    TradeAccounts(JdbcClient jdbc, PersonalDataVault vault, Clock clock) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.clock = clock;
    }

    /**
     * Opens an account.
     *
     * @throws DuplicateIdentifierException if another account has the same tax identifier
     */
    @Transactional
    public TradeAccount insert(AccountOpening.Company account) {
        AccountId id = AccountId.random();
        long sequence = jdbc.sql("select nextval('trade_account_number_seq')").query(Long.class).single();
        String number = "TA" + sequence;
        TaxIdentifier tax = account.taxIdentifier();
        boolean personal = tax.kind().isPersonalData();
        ProtectedValue sealed = personal ? vault.seal(tax, "trade_account", "tax_id", id.toString()) : null;
        try {
            jdbc.sql("""
                    insert into trade_account (id, number, legal_name, doing_business_as, street, city, region,
                        postal_code, country, phone, tax_id_kind, tax_id_cipher, tax_id_plain, tax_id_digest,
                        tax_id_display, status, application_id, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)
                    """).param(id.value()).param(number).param(account.legalName()).param(account.doingBusinessAs())
                    .param(account.address().street()).param(account.address().city()).param(account.address().region())
                    .param(account.address().postalCode()).param(account.address().country()).param(account.phone())
                    .param(tax.kind().name()).param(sealed == null ? null : sealed.cipher())
                    .param(personal ? null : tax.value()).param(vault.digest(tax)).param(tax.masked())
                    .param(account.applicationId()).param(Timestamp.from(clock.instant())).update();
        }
        catch (DuplicateKeyException e) {
            throw new DuplicateIdentifierException(null);
        }
        return find(id).orElseThrow();
    }

    public Optional<TradeAccount> find(AccountId id) {
        return jdbc.sql("select " + COLUMNS + " from trade_account where id = ?").param(id.value())
                .query(TradeAccounts::map).optional();
    }

    public boolean existsWithTaxIdentifier(TaxIdentifier tax) {
        return jdbc.sql("select exists(select 1 from trade_account where tax_id_kind = ? and tax_id_digest = ?)")
                .param(tax.kind().name()).param(vault.digest(tax)).query(Boolean.class).single();
    }

    /** The account holding a tax identifier, for customs officers checking an application. */
    public Optional<TradeAccount> findByTaxIdentifier(TaxIdentifier tax) {
        return jdbc.sql("select " + COLUMNS + " from trade_account where tax_id_kind = ? and tax_id_digest = ?")
                .param(tax.kind().name()).param(vault.digest(tax)).query(TradeAccounts::map).optional();
    }

    /** The accounts a user is an active member of, by name. */
    public List<TradeAccount> ofMember(UserId user) {
        return jdbc.sql("select " + prefixed("a") + " from trade_account a join account_membership m on m.account_id = a.id "
                        + "where m.user_id = ? and m.status = 'ACTIVE' order by lower(a.legal_name)")
                .param(user.value()).query(TradeAccounts::map).list();
    }

    /** Accounts whose name or number contains the text, for officers and for choosing a grantee. */
    public List<TradeAccount> search(String text, int limit) {
        String like = "%" + text.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return jdbc.sql("select " + COLUMNS + " from trade_account where lower(legal_name) like ? escape '\\' "
                        + "or lower(coalesce(doing_business_as, '')) like ? escape '\\' or lower(number) like ? escape '\\' "
                        + "order by lower(legal_name) limit ?")
                .param(like).param(like).param(like).param(limit).query(TradeAccounts::map).list();
    }

    public Optional<TradeAccount> findByNumber(String number) {
        return jdbc.sql("select " + COLUMNS + " from trade_account where number = ?").param(number.strip().toUpperCase(java.util.Locale.ROOT))
                .query(TradeAccounts::map).optional();
    }

    /** Opens the sealed tax identifier. Only for an audited reveal (see PersonalDataReveals). */
    public TaxIdentifier openTaxIdentifier(AccountId id) {
        return jdbc.sql("select tax_id_kind, tax_id_cipher, tax_id_plain from trade_account where id = ?")
                .param(id.value()).query((rs, n) -> {
                    TaxIdentifier.Kind kind = TaxIdentifier.Kind.valueOf(rs.getString(1));
                    return kind.isPersonalData()
                            ? vault.open(kind, rs.getBytes(2), "trade_account", "tax_id", id.toString())
                            : TaxIdentifier.ofStored(kind, rs.getString(3));
                }).single();
    }

    /** Locks the account's row until the end of the transaction, for changes that must see the whole account. */
    public void lock(AccountId id) {
        jdbc.sql("select id from trade_account where id = ? for update").param(id.value()).query(UUID.class).optional();
    }

    public void changeStatus(AccountId id, TradeAccount.Status status) {
        jdbc.sql("update trade_account set status = ? where id = ?").param(status.name()).param(id.value()).update();
    }

    private static String prefixed(String alias) {
        return java.util.Arrays.stream(COLUMNS.split(",")).map(c -> alias + "." + c.strip())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    static TradeAccount map(ResultSet rs, int row) throws SQLException {
        return new TradeAccount(new AccountId(rs.getObject("id", UUID.class)), rs.getString("number"),
                rs.getString("legal_name"), rs.getString("doing_business_as"),
                new Address(rs.getString("street"), rs.getString("city"), rs.getString("region"),
                        rs.getString("postal_code"), rs.getString("country")),
                rs.getString("phone"), TaxIdentifier.Kind.valueOf(rs.getString("tax_id_kind")),
                rs.getString("tax_id_display"), TradeAccount.Status.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant());
    }
}
