package org.openace.account.officer;

import java.util.List;

import org.openace.identity.CurrentUser;
import org.openace.identity.Role;
import org.openace.platform.IdentifiedPrincipal;
import org.openace.platform.home.WaitingItem;
import org.openace.platform.home.WorkWaiting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** For customs officers: broker, filer and carrier sub-accounts that wait for approval. */
@Component
class SubAccountsWaiting implements WorkWaiting {

    private final JdbcClient jdbc;

    SubAccountsWaiting(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WaitingItem> waitingFor(IdentifiedPrincipal user) {
        if (!(user instanceof CurrentUser current) || !current.hasRole(Role.OFFICER)) {
            return List.of();
        }
        long pending = jdbc.sql("select count(*) from sub_account where status = 'PENDING_APPROVAL'")
                .query(Long.class).single();
        return List.of(new WaitingItem("home.waiting.sub-accounts", pending, "/officer/sub-accounts", null));
    }
}
