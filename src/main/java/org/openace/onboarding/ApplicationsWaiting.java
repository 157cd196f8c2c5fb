package org.openace.onboarding;

import java.util.List;

import org.openace.identity.CurrentUser;
import org.openace.identity.Role;
import org.openace.platform.IdentifiedPrincipal;
import org.openace.platform.home.WaitingItem;
import org.openace.platform.home.WorkWaiting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** For customs officers: submitted applications for a trade account that wait for a decision. */
@Component
class ApplicationsWaiting implements WorkWaiting {

    private final JdbcClient jdbc;

    ApplicationsWaiting(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WaitingItem> waitingFor(IdentifiedPrincipal user) {
        if (!(user instanceof CurrentUser current) || !current.hasRole(Role.OFFICER)) {
            return List.of();
        }
        long submitted = jdbc.sql("select count(*) from account_application where status = 'SUBMITTED'")
                .query(Long.class).single();
        return List.of(new WaitingItem("home.waiting.applications", submitted, "/officer/applications", null));
    }
}
