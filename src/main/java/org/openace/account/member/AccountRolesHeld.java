package org.openace.account.member;

import java.util.List;

import org.openace.platform.IdentifiedPrincipal;
import org.openace.platform.home.RolesHeld;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The user's role in each trade account they belong to: owner, proxy owner or user, by the account's name. */
@Component
class AccountRolesHeld implements RolesHeld {

    private final JdbcClient jdbc;

    AccountRolesHeld(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<HeldRole> heldBy(IdentifiedPrincipal user) {
        return jdbc.sql("""
                select m.role, a.legal_name from account_membership m join trade_account a on a.id = m.account_id
                where m.user_id = ? and m.status = 'ACTIVE' order by lower(a.legal_name)
                """).param(user.userId())
                .query((rs, n) -> new HeldRole("home.role." + rs.getString(1).toLowerCase(java.util.Locale.ROOT)
                        .replace('_', '-'), rs.getString(2))).list();
    }
}
