package org.openace.identity;

/**
 * A user was deactivated (by an administrator, or by an account owner for a user of theirs alone): they can no
 * longer sign in. Published in the transaction of the deactivation.
 *
 * @param user the user
 */
public record UserDeactivated(UserId user) {
}
