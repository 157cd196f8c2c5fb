package org.openace.identity.password;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.openace.identity.user.PortalUser;
import org.openace.identity.user.PortalUsers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting a user's password, the one way it is done everywhere (first password, change, reset, command line):
 * the policy, then reuse against the history, then a fresh slow hash, remembered in the history.
 */
@Component
public class NewPassword {

    private final PasswordPolicy policy;
    private final PasswordHistory history;
    private final PasswordHashing hashing;
    private final PortalUsers users;
    private final Clock clock;

    NewPassword(PasswordPolicy policy, PasswordHistory history, PasswordHashing hashing, PortalUsers users, Clock clock) {
        this.policy = policy;
        this.history = history;
        this.hashing = hashing;
        this.users = users;
        this.clock = clock;
    }

    /** The words of the user's own context a password must not contain. */
    public static List<String> contextWords(PortalUser user) {
        List<String> words = new ArrayList<>();
        words.add(user.username().value());
        words.addAll(List.of(user.username().value().split("[._-]")));
        for (String part : user.displayName().toLowerCase(Locale.ROOT).split("[\\s,.'-]+")) {
            words.add(part);
        }
        words.add(user.email().value().substring(0, user.email().value().indexOf('@')));
        return words;
    }

    /** What is wrong with this password for this user, if anything. */
    public Optional<PasswordViolation> check(PortalUser user, String password) {
        Optional<PasswordViolation> violation = policy.check(new PasswordCandidate(password, contextWords(user)));
        return violation.isPresent() ? violation : history.checkReuse(user.id(), password);
    }

    /** Sets the password if it is acceptable; returns what is wrong otherwise (nothing is changed then). */
    @Transactional
    public Optional<PasswordViolation> set(PortalUser user, String password) {
        Optional<PasswordViolation> violation = check(user, password);
        if (violation.isPresent()) {
            return violation;
        }
        user.changePassword(hashing.hash(password), clock.instant());
        users.update(user);
        history.remember(user.id(), password);
        return Optional.empty();
    }

    public PasswordPolicy policy() {
        return policy;
    }
}
