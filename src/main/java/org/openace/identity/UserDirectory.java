package org.openace.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The identity module's services to other modules (an account owner managing the users of their account, an
 * officer approving an application). These change the user; the calling module audits the action in its own
 * terms (which account, which owner).
 */
public interface UserDirectory {

    Optional<UserSummary> find(UserId id);

    Optional<UserSummary> findByUsername(Username username);

    /**
     * When each of these users, if active, is disabled for inactivity unless they sign in before: the users not
     * active (disabled, deactivated) or unknown are left out.
     */
    Map<UserId, Instant> inactivityDeadlines(Collection<UserId> users);

    /** The users who hold a portal role, whatever their status, by user ID (customs officers, for their ports). */
    List<UserSummary> withRole(Role role);

    /**
     * Creates a user without a password and e-mails them the link to set one (which also verifies the address). The
     * mail is queued in the caller's transaction and goes out after its commit.
     *
     * @param context why the user exists, said in the welcome message (e.g. "you own the account of Acme Imports")
     * @throws UsernameTakenException if the user ID is taken
     */
    UserSummary createAndInvite(Username username, String displayName, EmailAddress email, Set<Role> roles,
                                String context);

    /** Lifts a lock; false if the user was not locked. */
    boolean unlock(UserId user);

    /** E-mails a password reset link; false if the user is not active or the hourly limit is reached. */
    boolean sendPasswordLink(UserId user);

    /** Deactivates the user and ends their sessions; false if already deactivated. */
    boolean deactivate(UserId user);

    /** Reactivates a disabled or deactivated user (the inactivity clock starts again); false if already active. */
    boolean reactivate(UserId user);

    /** Ends every session of the user at once (after their rights changed, say). */
    void endSessions(UserId user);

    /** A user ID is taken. */
    final class UsernameTakenException extends RuntimeException {
        public UsernameTakenException() {
            super("That user ID is taken");
        }
    }
}
