package org.openace.account.grant;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.openace.platform.IdentifiedPrincipal;
import org.openace.platform.home.WaitingItem;
import org.openace.platform.home.WorkWaiting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For the owner of an account: access offers made to it (it is the grantee, usually a broker) and access requests
 * made to it (it is the grantor, usually an importer) that wait for its answer. Only the owner answers them.
 */
@Component
class GrantAnswersWaiting implements WorkWaiting {

    private final JdbcClient jdbc;

    GrantAnswersWaiting(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WaitingItem> waitingFor(IdentifiedPrincipal user) {
        List<WaitingItem> items = new ArrayList<>();
        jdbc.sql("""
                select a.id, a.legal_name,
                    (select count(*) from cross_account_grant g where g.grantee_account_id = a.id and g.status = 'OFFERED'),
                    (select count(*) from cross_account_grant g where g.grantor_account_id = a.id and g.status = 'REQUESTED')
                from account_membership m join trade_account a on a.id = m.account_id
                where m.user_id = ? and m.role = 'OWNER' and m.status = 'ACTIVE'
                order by lower(a.legal_name)
                """).param(user.userId()).query((rs, n) -> {
                    String link = "/accounts/" + rs.getObject(1, UUID.class) + "/grants";
                    String name = rs.getString(2);
                    items.add(new WaitingItem("home.waiting.access-offers", rs.getLong(3), link, name));
                    items.add(new WaitingItem("home.waiting.access-requests", rs.getLong(4), link, name));
                    return null;
                }).list();
        return items;
    }
}
