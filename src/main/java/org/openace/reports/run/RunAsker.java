package org.openace.reports.run;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openace.account.ApiTokenPrincipal;
import org.openace.audit.AuditActor;
import org.openace.identity.CurrentUser;

/**
 * Who asks the API about runs: a signed-in user (their own runs, as on the pages) or an API token of a filer
 * sub-account (the runs it asked for). A run is its asker's alone: anyone else is answered as for a run that does not
 * exist.
 */
sealed interface RunAsker {

    /** Whether the run is this asker's. */
    boolean asked(ReportRun run);

    /** How the audit names the asker. */
    AuditActor actor();

    /** The asker's runs, newest first, after the given one. */
    List<ReportRun> history(ReportRuns runs, @Nullable ReportRun before, int limit);

    record User(CurrentUser user) implements RunAsker {
        @Override
        public boolean asked(ReportRun run) {
            return run.ownedBy(user.id());
        }

        @Override
        public AuditActor actor() {
            return AuditActor.user(user.userId(), user.username());
        }

        @Override
        public List<ReportRun> history(ReportRuns runs, @Nullable ReportRun before, int limit) {
            return runs.ofOwner(user.id(), before, limit);
        }
    }

    record Token(ApiTokenPrincipal token) implements RunAsker {
        @Override
        public boolean asked(ReportRun run) {
            return run.askedWith(token.tokenId());
        }

        @Override
        public AuditActor actor() {
            return RequestRun.actor(token);
        }

        @Override
        public List<ReportRun> history(ReportRuns runs, @Nullable ReportRun before, int limit) {
            return runs.ofToken(token.tokenId(), before, limit);
        }
    }
}
