package org.openace.account.access;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.DataRef;
import org.openace.account.DataTarget;
import org.openace.account.EntitledUsers;
import org.openace.account.SubAccountId;
import org.openace.identity.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link EntitledUsers} by the database function the decisions use: the candidates are the active members of the
 * account of each sub-account the data is visible from and of the accounts granted something of that sub-account
 * (their owners, and the users a grant was passed on to or whose client group holds it); each candidate is kept if
 * {@code may_access_sub_account} says yes for the data's importer number, filer code and port, exactly as a page
 * would decide when they come to look. Grant dates are read as UTC days, as {@link SqlAccessControl} reads them.
 */
@Component
class SqlEntitledUsers implements EntitledUsers {

    private final DataResolvers resolvers;
    private final JdbcClient jdbc;
    private final Clock clock;

    SqlEntitledUsers(DataResolvers resolvers, JdbcClient jdbc, Clock clock) {
        this.resolvers = resolvers;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<UserId> whoMay(AccountFunction function, AccessLevel level, String kind, String id) {
        DataTarget target = resolvers.resolve(kind, id).orElse(null);
        if (!(target instanceof DataTarget.Data data)) {
            return List.of(); // whole accounts are not what anyone is told about
        }
        Set<UserId> users = new LinkedHashSet<>();
        for (DataRef ref : data.refs()) {
            users.addAll(whoMay(function, level, ref));
        }
        return new ArrayList<>(users);
    }

    @Override
    public List<SubAccountId> heldBy(String kind, String id) {
        DataTarget target = resolvers.resolve(kind, id).orElse(null);
        if (!(target instanceof DataTarget.Data data)) {
            return List.of();
        }
        return data.refs().stream().map(DataRef::subAccount).distinct().toList();
    }

    private List<UserId> whoMay(AccountFunction function, AccessLevel level, DataRef ref) {
        return jdbc.sql("""
                with candidate as (
                    select m.user_id
                    from sub_account s
                             join account_membership m on m.account_id = s.account_id and m.status = 'ACTIVE'
                    where s.id = :sub
                    union
                    select m.user_id
                    from cross_account_grant_scope gs
                             join cross_account_grant g on g.id = gs.grant_id and g.status = 'ACTIVE'
                             join account_membership m on m.account_id = g.grantee_account_id and m.status = 'ACTIVE'
                    where gs.sub_account_id = :sub and gs.function = :function
                )
                select c.user_id from candidate c
                where may_access_sub_account(c.user_id, :function, :level, :today, :sub, cast(:importer as uuid),
                                             cast(:filer as uuid), cast(:port as char(4)))
                """)
                .param("sub", ref.subAccount().value())
                .param("function", function.name())
                .param("level", level.name())
                .param("today", Date.valueOf(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)))
                .param("importer", ref.importerIdentifier())
                .param("filer", ref.filerIdentifier())
                .param("port", ref.port() == null ? null : ref.port().value())
                .query((rs, n) -> new UserId(rs.getObject(1, UUID.class))).list();
    }
}
