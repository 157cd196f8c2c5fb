package org.openace.identity.user;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.UserId;
import org.openace.identity.session.SessionTerminator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inactivity rule (NIST SP 800-53 AC-2(3)): disables every active user whose inactivity clock (restarted at
 * each full sign-in and at reactivation) is older than the limit, audits each one as done by the system and ends
 * their sessions. When several portal nodes run, a PostgreSQL advisory lock lets one of them do it at a time; the
 * others skip the run.
 */
@Component
class InactivityCheck {

    /** The advisory lock key held while a node applies the rule. */
    static final long RUN_LOCK = 0x0A_CE_1AC7L;

    private static final Logger log = LoggerFactory.getLogger(InactivityCheck.class);

    private final PortalUsers users;
    private final InactivityProperties properties;
    private final SessionTerminator sessions;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final DataSource dataSource;
    private final Clock clock;

    InactivityCheck(PortalUsers users, InactivityProperties properties, SessionTerminator sessions, AuditTrail audit,
                    TransactionTemplate transaction, DataSource dataSource, Clock clock) {
        this.users = users;
        this.properties = properties;
        this.sessions = sessions;
        this.audit = audit;
        this.transaction = transaction;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Scheduled(cron = "${openace.inactivity.check-cron:0 15 * * * *}", zone = "UTC")
    void run() {
        int disabled = disableInactiveUsers();
        if (disabled > 0) {
            log.info("Inactivity rule: {} user(s) disabled", disabled);
        }
    }

    /**
     * Applies the rule now.
     *
     * @return how many users were disabled (0 also when another node holds the lock)
     */
    int disableInactiveUsers() {
        // a session-level advisory lock lives on one connection: take it on a connection of its own, kept for the
        // whole run, and release it on the same connection
        try (Connection lockConnection = dataSource.getConnection()) {
            if (!advisoryLock(lockConnection, "select pg_try_advisory_lock(?)")) {
                log.info("Inactivity rule: another node is applying it; skipped");
                return 0;
            }
            try {
                return disableAll();
            }
            finally {
                advisoryLock(lockConnection, "select pg_advisory_unlock(?)");
            }
        }
        catch (SQLException e) {
            throw new DataAccessResourceFailureException("The inactivity rule could not take its lock", e);
        }
    }

    private int disableAll() {
        Instant cutoff = clock.instant().minus(properties.limit());
        List<UserId> candidates = users.findActiveInactiveSince(cutoff);
        int disabled = 0;
        for (UserId candidate : candidates) {
            Optional<PortalUser> done = transaction.execute(status -> disableIfStillInactive(candidate));
            if (done != null && done.isPresent()) {
                sessions.endAllSessionsOf(done.get().username());
                disabled++;
            }
        }
        return disabled;
    }

    /** Checks again under the row lock: the user may have signed in since the candidates were read. */
    private Optional<PortalUser> disableIfStillInactive(UserId id) {
        Instant now = clock.instant();
        Optional<PortalUser> found = users.findByIdForUpdate(id);
        if (found.isEmpty() || !found.get().isInactiveLongerThan(properties.limit(), now)) {
            return Optional.empty();
        }
        PortalUser user = found.get();
        user.disableForInactivity(now);
        users.update(user);
        audit.record(AuditRecord.of("USER_DISABLED_INACTIVE", AuditOutcome.SUCCESS).actor(AuditActor.SYSTEM)
                .object("USER", user.id()).detail("inactiveSince", user.inactivityFrom())
                .detail("limitDays", properties.limit().toDays()));
        return Optional.of(user);
    }

    private static boolean advisoryLock(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, RUN_LOCK);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
