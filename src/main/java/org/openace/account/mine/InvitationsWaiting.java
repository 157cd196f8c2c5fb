package org.openace.account.mine;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.openace.platform.IdentifiedPrincipal;
import org.openace.platform.home.WaitingItem;
import org.openace.platform.home.WorkWaiting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** For any user: invitations to join a trade account that they have not answered and that have not expired. */
@Component
class InvitationsWaiting implements WorkWaiting {

    private final JdbcClient jdbc;
    private final Clock clock;

    InvitationsWaiting(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<WaitingItem> waitingFor(IdentifiedPrincipal user) {
        long open = jdbc.sql("select count(*) from account_membership where user_id = ? and status = 'INVITED' and since >= ?")
                .param(user.userId()).param(Timestamp.from(clock.instant().minus(AnswerInvitation.VALIDITY)))
                .query(Long.class).single();
        return List.of(new WaitingItem("home.waiting.invitations", open, "/accounts", null));
    }
}
