package org.openace.reports.schedule;

import java.util.Optional;

import org.openace.identity.CurrentUser;
import org.openace.identity.Role;
import org.openace.identity.UserDirectory;
import org.openace.identity.UserSummary;
import org.openace.reports.catalog.ReportCatalog;
import org.openace.reports.run.RequestRun;
import org.openace.reports.run.RunAudience;
import org.springframework.stereotype.Component;

/**
 * Whether a schedule's owner may still run it, asked each time it is due: an active user, who still runs reports
 * with the same view as when the schedule was made (a trade user who still holds the reports right on some account
 * or sub-account, directly or through a grant; a customs officer still an officer), of a report still offered. The
 * answer is the owner as a run's requester, or why the schedule stops.
 */
@Component
class ScheduleOwners {

    /** The owner may run it, as this user; or the schedule stops, for this reason (in words for its owner). */
    record Verdict(Optional<CurrentUser> owner, String stopReason) {

        static Verdict mayRun(CurrentUser owner) {
            return new Verdict(Optional.of(owner), "");
        }

        static Verdict stop(String reason) {
            return new Verdict(Optional.empty(), reason);
        }
    }

    private final UserDirectory directory;
    private final RequestRun request;
    private final ReportCatalog catalog;

    ScheduleOwners(UserDirectory directory, RequestRun request, ReportCatalog catalog) {
        this.directory = directory;
        this.request = request;
        this.catalog = catalog;
    }

    Verdict check(ReportSchedule schedule) {
        UserSummary user = directory.find(schedule.owner()).orElse(null);
        if (user == null || !user.isActive()) {
            return Verdict.stop("Your user ID is no longer active.");
        }
        if (schedule.standard() && catalog.find(schedule.reportCode()).isEmpty()) {
            return Verdict.stop("The report is no longer offered.");
        }
        if (schedule.audience() == RunAudience.CUSTOMS && !user.roles().contains(Role.OFFICER)) {
            return Verdict.stop("You are no longer a customs officer.");
        }
        CurrentUser owner = new CurrentUser(user.id(), user.username(), user.displayName(), user.roles());
        RunAudience audience;
        try {
            audience = request.audienceOf(owner);
        }
        catch (RequestRun.NoReportsRight refused) {
            return Verdict.stop(user.roles().contains(Role.TRADE)
                    ? "You no longer hold the reports right on any account or sub-account."
                    : "You no longer have a role that runs reports.");
        }
        if (audience != schedule.audience()) {
            return Verdict.stop(schedule.audience() == RunAudience.CUSTOMS ? "You are no longer a customs officer."
                    : "Your role changed since the schedule was made: its runs would show other data.");
        }
        return Verdict.mayRun(owner);
    }
}
