package org.openace.account.token;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccountId;
import org.openace.account.SubAccountId;
import org.openace.identity.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** API tokens in {@code api_token}, by the digest of their secret; the secret itself is never stored. */
@Repository
class ApiTokens {

    /** A filer-type sub-account a token may be issued for: active, broker or filer, with a filer code. */
    record FilerSubAccount(SubAccountId id, String name, String filerCode) {
    }

    /** A token as its account's owners see it. */
    record Listed(UUID id, String name, String subAccountName, String filerCode, String hint, Instant createdAt,
                  Instant expiresAt, @Nullable Instant revokedAt, @Nullable Instant lastUsedAt,
                  @Nullable String lastUsedAddress, boolean subAccountFiles) {

        public Status status(Instant now) {
            if (revokedAt != null) {
                return Status.REVOKED;
            }
            if (!expiresAt.isAfter(now)) {
                return Status.EXPIRED;
            }
            return subAccountFiles ? Status.ACTIVE : Status.STOPPED;
        }
    }

    /** Where a token stands. */
    enum Status {
        ACTIVE, EXPIRED, REVOKED,
        /** Its sub-account is closed or no longer holds the filer code. */
        STOPPED
    }

    /** A token found by its digest, with whether its sub-account may still file under its filer code. */
    record Found(UUID id, AccountId account, SubAccountId subAccount, String filerCode, byte[] digest,
                 Instant expiresAt, @Nullable Instant revokedAt, boolean subAccountFiles,
                 @Nullable Instant lastUsedAt, @Nullable String lastUsedAddress) {

        /**
         * Why the token may not be used at this moment, or null if it may: revoked (or its sub-account no longer
         * files under its code) before expired. Decided the same for a request and for work going on after it.
         */
        ApiTokenRefused.@Nullable Reason refusal(Instant now) {
            if (revokedAt != null || !subAccountFiles) {
                return ApiTokenRefused.Reason.TOKEN_REVOKED;
            }
            return expiresAt.isAfter(now) ? null : ApiTokenRefused.Reason.TOKEN_EXPIRED;
        }

        /** Whether its last use, as read, is still to be noted for a use at this moment from this address. */
        boolean useToNote(Instant at, String address) {
            return lastUsedAt == null || lastUsedAt.isBefore(at.minus(LAST_USE_PRECISION))
                    || !shortened(address).equals(lastUsedAddress);
        }
    }

    private static final String FILES = """
            (s.status = 'ACTIVE' and a.status = 'ACTIVE' and s.activity in ('BROKER', 'FILER') and exists (
                select 1 from account_identifier i
                where i.sub_account_id = t.sub_account_id and i.kind = 'FILER_CODE' and i.value_plain = t.filer_code))
            """;

    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<FilerSubAccount> filerSubAccounts(AccountId account) {
        return jdbc.sql("""
                select s.id, s.name, i.value_plain from sub_account s
                join account_identifier i on i.sub_account_id = s.id and i.kind = 'FILER_CODE'
                where s.account_id = ? and s.status = 'ACTIVE' and s.activity in ('BROKER', 'FILER')
                  and i.value_plain is not null
                order by s.name, i.value_plain
                """).param(account.value())
                .query((rs, n) -> new FilerSubAccount(new SubAccountId(rs.getObject(1, UUID.class)), rs.getString(2),
                        rs.getString(3))).list();
    }

    void insert(UUID id, AccountId account, FilerSubAccount sub, String name, ApiTokenSecret secret, UserId by,
                Instant now, Instant expiresAt) {
        jdbc.sql("""
                insert into api_token (id, account_id, sub_account_id, filer_code, name, digest, hint, created_by,
                                       created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).param(id).param(account.value()).param(sub.id().value()).param(sub.filerCode()).param(name)
                .param(secret.digest()).param(secret.hint()).param(by.value()).param(Timestamp.from(now))
                .param(Timestamp.from(expiresAt)).update();
    }

    List<Listed> ofAccount(AccountId account) {
        return jdbc.sql("""
                select t.id, t.name, s.name as sub_name, t.filer_code, t.hint, t.created_at, t.expires_at,
                       t.revoked_at, t.last_used_at, t.last_used_address,
                """ + FILES + """
                       as files
                from api_token t join sub_account s on s.id = t.sub_account_id
                join trade_account a on a.id = t.account_id
                where t.account_id = ? order by t.created_at desc
                """).param(account.value()).query(ApiTokens::listed).list();
    }

    Optional<Found> byDigest(byte[] digest) {
        return found("t.digest = ?", digest);
    }

    /** The token by its id, with whether its sub-account may still file under its filer code. */
    Optional<Found> byId(UUID id) {
        return found("t.id = ?", id);
    }

    private Optional<Found> found(String condition, Object value) {
        return jdbc.sql("""
                select t.id, t.account_id, t.sub_account_id, t.filer_code, t.digest, t.expires_at, t.revoked_at,
                """ + FILES + """
                       as files, t.last_used_at, t.last_used_address
                from api_token t join sub_account s on s.id = t.sub_account_id
                join trade_account a on a.id = t.account_id
                where\s""" + condition).param(value).query((rs, n) -> new Found(rs.getObject(1, UUID.class),
                        new AccountId(rs.getObject(2, UUID.class)), new SubAccountId(rs.getObject(3, UUID.class)),
                        rs.getString(4), rs.getBytes(5), instant(rs, 6), nullableInstant(rs, 7), rs.getBoolean(8),
                        nullableInstant(rs, 9), rs.getString(10)))
                .optional();
    }

    /** Revokes an unrevoked token of the account; false if there is none such. */
    boolean revoke(UUID id, AccountId account, UserId by, Instant now) {
        return jdbc.sql("update api_token set revoked_at = ?, revoked_by = ? where id = ? and account_id = ? "
                        + "and revoked_at is null")
                .param(Timestamp.from(now)).param(by.value()).param(id).param(account.value()).update() == 1;
    }

    Optional<String> nameOf(UUID id, AccountId account) {
        return jdbc.sql("select name from api_token where id = ? and account_id = ?").param(id).param(account.value())
                .query(String.class).optional();
    }

    /** How stale the last use shown may be: a token used by 32 clients at once is not updated 32 times a moment. */
    static final java.time.Duration LAST_USE_PRECISION = java.time.Duration.ofSeconds(10);

    /**
     * Notes the token's last use and address, unless they were noted less than {@link #LAST_USE_PRECISION} ago from
     * the same address, or another request of the same token is noting it at this moment (its row is locked): the
     * requests of one token never queue behind each other for this.
     */
    void used(UUID id, Instant at, String address) {
        String shortened = shortened(address);
        jdbc.sql("""
                update api_token set last_used_at = ?, last_used_address = ?
                where id = (select id from api_token where id = ?
                            and (last_used_at is null or last_used_at < ? or last_used_address is distinct from ?)
                            for update skip locked)
                """).param(Timestamp.from(at)).param(shortened).param(id)
                .param(Timestamp.from(at.minus(LAST_USE_PRECISION))).param(shortened).update();
    }

    private static String shortened(String address) {
        return address.length() > 64 ? address.substring(0, 64) : address;
    }

    private static Listed listed(ResultSet rs, int row) throws SQLException {
        return new Listed(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("sub_name"),
                rs.getString("filer_code"), rs.getString("hint"), instant(rs, 6), instant(rs, 7),
                nullableInstant(rs, 8), nullableInstant(rs, 9), rs.getString("last_used_address"),
                rs.getBoolean("files"));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
