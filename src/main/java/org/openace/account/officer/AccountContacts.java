package org.openace.account.officer;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The contacts of an account (people who do not sign in), read for officers. */
@Repository
class AccountContacts {

    /** One contact as shown. */
    record Contact(String kind, String name, @Nullable String title, @Nullable String email, @Nullable String phone) {

        public String kindTitle() {
            return switch (kind) {
                case "COMPANY_OFFICER" -> "Company officer";
                case "POINT_OF_CONTACT" -> "Point of contact";
                case "BILLING" -> "Billing";
                case "TECHNICAL" -> "Technical";
                default -> kind;
            };
        }
    }

    private final JdbcClient jdbc;

    AccountContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Contact> of(AccountId account) {
        return jdbc.sql("""
                select kind, name, title, email, phone from account_contact where account_id = ?
                order by case kind when 'COMPANY_OFFICER' then 0 else 1 end, created_at, name
                """).param(account.value())
                .query((rs, n) -> new Contact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).list();
    }
}
