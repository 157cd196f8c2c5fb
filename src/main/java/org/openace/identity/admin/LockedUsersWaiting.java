package org.openace.identity.admin;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.openace.identity.CurrentUser;
import org.openace.identity.Role;
import org.openace.platform.IdentifiedPrincipal;
import org.openace.platform.home.WaitingItem;
import org.openace.platform.home.WorkWaiting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** For administrators: users locked out now (they may call the support center to be unlocked). */
@Component
class LockedUsersWaiting implements WorkWaiting {

    private final JdbcClient jdbc;
    private final Clock clock;

    LockedUsersWaiting(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<WaitingItem> waitingFor(IdentifiedPrincipal user) {
        if (!(user instanceof CurrentUser current) || !current.hasRole(Role.ADMINISTRATOR)) {
            return List.of();
        }
        long locked = jdbc.sql("select count(*) from app_user where status = 'ACTIVE' and locked_until > ?")
                .param(Timestamp.from(clock.instant())).query(Long.class).single();
        return List.of(new WaitingItem("home.waiting.locked-users", locked, "/admin/users?locked=yes", null));
    }
}
