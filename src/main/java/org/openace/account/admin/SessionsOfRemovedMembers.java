package org.openace.account.admin;

import org.openace.account.AccountMemberRemoved;
import org.openace.identity.UserDirectory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Ends every session of a user removed from an account, after the removal's commit, so that nothing of the account
 * stays on their screen (the membership is already gone, so no request of theirs reaches the account's data even
 * before). From the event publication registry: if ending the sessions fails, it is tried again.
 */
@Component
class SessionsOfRemovedMembers {

    private final UserDirectory directory;

    SessionsOfRemovedMembers(UserDirectory directory) {
        this.directory = directory;
    }

    @ApplicationModuleListener
    void on(AccountMemberRemoved removed) {
        directory.endSessions(removed.user());
    }
}
