package org.openace.identity.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.identity.EmailAddress;
import org.openace.identity.Role;
import org.openace.identity.UserId;
import org.openace.identity.Username;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Stores {@link PortalUser}s in {@code app_user} and {@code user_role}, with explicit SQL. */
@Repository
public class PortalUsers {

    private static final String COLUMNS = """
            u.id, u.username, u.display_name, u.email, u.email_verified_at, u.status, u.status_changed_at,
            u.password_hash, u.password_changed_at, u.locked_until, u.failures_counted_from, u.preferred_factor,
            u.totp_secret, u.totp_enrolled_at, u.totp_last_step, u.last_sign_in_at, u.last_sign_in_address,
            u.inactivity_from, u.created_at,
            array(select r.role from user_role r where r.user_id = u.id order by r.role) as roles
            """;

    /** The advisory lock key of {@link #lockAdministratorChanges()}. */
    private static final long ADMINISTRATOR_CHANGES_LOCK = 0x0A_CE_AD_41L;

    private final JdbcClient jdbc;

    PortalUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PortalUser> findById(UserId id) {
        return jdbc.sql("select " + COLUMNS + " from app_user u where u.id = ?")
                .param(id.value()).query(PortalUsers::map).optional();
    }

    /** Loads a user and locks the row until the transaction ends, for changes that must not interleave. */
    @Transactional
    public Optional<PortalUser> findByIdForUpdate(UserId id) {
        return jdbc.sql("select " + COLUMNS + " from app_user u where u.id = ? for update")
                .param(id.value()).query(PortalUsers::map).optional();
    }

    public Optional<PortalUser> findByUsername(Username username) {
        return jdbc.sql("select " + COLUMNS + " from app_user u where u.username = ?")
                .param(username.value()).query(PortalUsers::map).optional();
    }

    public List<PortalUser> findByEmail(EmailAddress email) {
        return jdbc.sql("select " + COLUMNS + " from app_user u where lower(u.email) = lower(?) order by u.username")
                .param(email.value()).query(PortalUsers::map).list();
    }

    public boolean existsByUsername(Username username) {
        return jdbc.sql("select exists(select 1 from app_user where username = ?)")
                .param(username.value()).query(Boolean.class).single();
    }

    public long countWithRole(Role role) {
        return jdbc.sql("select count(*) from user_role where role = ?").param(role.name()).query(Long.class).single();
    }

    /** Active users whose inactivity clock started before {@code cutoff}. */
    public List<UserId> findActiveInactiveSince(Instant cutoff) {
        return jdbc.sql("select id from app_user where status = 'ACTIVE' and inactivity_from < ? order by id")
                .param(Timestamp.from(cutoff))
                .query((rs, n) -> new UserId(rs.getObject(1, UUID.class))).list();
    }

    /** Users who have {@code role} and are active, other than {@code except}. */
    public long countActiveWithRoleOtherThan(Role role, UserId except) {
        return jdbc.sql("""
                select count(*) from app_user u join user_role r on r.user_id = u.id
                where r.role = ? and u.status = 'ACTIVE' and u.id <> ?
                """).param(role.name()).param(except.value()).query(Long.class).single();
    }

    /**
     * Serializes, until the transaction ends, the changes that could leave the portal without an active
     * administrator (removing the role, deactivating an administrator), so that two administrators acting on each
     * other at the same moment cannot both succeed.
     */
    @Transactional
    public void lockAdministratorChanges() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(ADMINISTRATOR_CHANGES_LOCK).query().singleValue();
    }

    /** One page of the users matching a search, in user ID order. */
    public List<PortalUser> search(UserSearch search, int offset, int limit) {
        Filter filter = Filter.of(search);
        return jdbc.sql("select " + COLUMNS + " from app_user u" + filter.where()
                        + " order by u.username limit :limit offset :offset")
                .params(filter.parameters()).param("limit", limit).param("offset", offset)
                .query(PortalUsers::map).list();
    }

    /** How many users match a search. */
    public long count(UserSearch search) {
        Filter filter = Filter.of(search);
        return jdbc.sql("select count(*) from app_user u" + filter.where())
                .params(filter.parameters()).query(Long.class).single();
    }

    /** The where clause of a search: fixed SQL fragments, the values only as parameters. */
    private record Filter(String where, Map<String, Object> parameters) {

        static Filter of(UserSearch search) {
            StringBuilder where = new StringBuilder(" where true");
            Map<String, Object> parameters = new LinkedHashMap<>();
            if (search.text() != null) {
                where.append(" and (u.username ilike :pattern escape '\\' or u.display_name ilike :pattern escape '\\'"
                        + " or u.email ilike :pattern escape '\\')");
                parameters.put("pattern", "%" + escapeLike(search.text().strip()) + "%");
            }
            if (search.status() != null) {
                where.append(" and u.status = :status");
                parameters.put("status", search.status().name());
            }
            if (search.lockedAt() != null) {
                where.append(" and u.locked_until > :lockedAt");
                parameters.put("lockedAt", Timestamp.from(search.lockedAt()));
            }
            if (search.role() != null) {
                where.append(" and exists (select 1 from user_role f where f.user_id = u.id and f.role = :role)");
                parameters.put("role", search.role().name());
            }
            return new Filter(where.toString(), parameters);
        }

        /** Typed text matches itself only: {@code %}, {@code _} and the escape character lose their meaning. */
        static String escapeLike(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }

    @Transactional
    public void insert(PortalUser user) {
        jdbc.sql("""
                insert into app_user (id, username, display_name, email, email_verified_at, status, status_changed_at,
                    password_hash, password_changed_at, locked_until, failures_counted_from, preferred_factor,
                    totp_secret, totp_enrolled_at, totp_last_step, last_sign_in_at, last_sign_in_address,
                    inactivity_from, created_at)
                values (:id, :username, :displayName, :email, :emailVerifiedAt, :status, :statusChangedAt,
                    :passwordHash, :passwordChangedAt, :lockedUntil, :failuresCountedFrom, :preferredFactor,
                    :totpSecret, :totpEnrolledAt, :totpLastStep, :lastSignInAt, :lastSignInAddress,
                    :inactivityFrom, :createdAt)
                """).paramSource(parameters(user)).update();
        writeRoles(user);
    }

    @Transactional
    public void update(PortalUser user) {
        int rows = jdbc.sql("""
                update app_user set display_name = :displayName, email = :email, email_verified_at = :emailVerifiedAt,
                    status = :status, status_changed_at = :statusChangedAt, password_hash = :passwordHash,
                    password_changed_at = :passwordChangedAt, locked_until = :lockedUntil,
                    failures_counted_from = :failuresCountedFrom, preferred_factor = :preferredFactor,
                    totp_secret = :totpSecret, totp_enrolled_at = :totpEnrolledAt, totp_last_step = :totpLastStep,
                    last_sign_in_at = :lastSignInAt, last_sign_in_address = :lastSignInAddress,
                    inactivity_from = :inactivityFrom
                where id = :id
                """).paramSource(parameters(user)).update();
        if (rows != 1) {
            throw new IllegalStateException("No user " + user.id() + " to update");
        }
        jdbc.sql("delete from user_role where user_id = ?").param(user.id().value()).update();
        writeRoles(user);
    }

    private void writeRoles(PortalUser user) {
        for (Role role : user.roles()) {
            jdbc.sql("insert into user_role (user_id, role) values (?, ?)")
                    .param(user.id().value()).param(role.name()).update();
        }
    }

    private static UserRow parameters(PortalUser u) {
        return new UserRow(u.id().value(), u.username().value(), u.displayName(), u.email().value(),
                ts(u.emailVerifiedAt()), u.status().name(), ts(u.statusChangedAt()), u.passwordHash(),
                ts(u.passwordChangedAt()), ts(u.lockedUntil()), ts(u.failuresCountedFrom()), u.preferredFactor().name(),
                u.totpSecret(), ts(u.totpEnrolledAt()), u.totpLastStep(), ts(u.lastSignInAt()), u.lastSignInAddress(),
                ts(u.inactivityFrom()), ts(u.createdAt()));
    }

    /** The named parameters of a user row. */
    record UserRow(UUID id, String username, String displayName, String email, @Nullable Timestamp emailVerifiedAt,
                   String status, @Nullable Timestamp statusChangedAt, @Nullable String passwordHash,
                   @Nullable Timestamp passwordChangedAt, @Nullable Timestamp lockedUntil,
                   @Nullable Timestamp failuresCountedFrom, String preferredFactor, byte @Nullable [] totpSecret,
                   @Nullable Timestamp totpEnrolledAt, @Nullable Long totpLastStep, @Nullable Timestamp lastSignInAt,
                   @Nullable String lastSignInAddress, @Nullable Timestamp inactivityFrom, @Nullable Timestamp createdAt) {
    }

    private static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static PortalUser map(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : (String[]) rs.getArray("roles").getArray()) {
            roles.add(Role.valueOf(role));
        }
        long totpStep = rs.getLong("totp_last_step");
        Long lastStep = rs.wasNull() ? null : totpStep;
        return new PortalUser(new UserId(rs.getObject("id", UUID.class)), new Username(rs.getString("username")),
                rs.getString("display_name"), new EmailAddress(rs.getString("email")), instant(rs, "email_verified_at"),
                UserStatus.valueOf(rs.getString("status")), instant(rs, "status_changed_at"),
                rs.getString("password_hash"), instant(rs, "password_changed_at"), instant(rs, "locked_until"),
                instant(rs, "failures_counted_from"), SecondFactorKind.valueOf(rs.getString("preferred_factor")),
                rs.getBytes("totp_secret"), instant(rs, "totp_enrolled_at"), lastStep, instant(rs, "last_sign_in_at"),
                rs.getString("last_sign_in_address"), instant(rs, "inactivity_from"), instant(rs, "created_at"), roles);
    }
}
