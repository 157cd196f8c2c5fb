package org.openace.account.web;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccessControl;
import org.openace.account.AccessLevel;
import org.openace.account.AccountDataNotFoundException;
import org.openace.account.AccountFunction;
import org.openace.account.AccountId;
import org.openace.account.AccountRole;
import org.openace.account.TradeAccount;
import org.openace.account.core.TradeAccounts;
import org.openace.identity.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the heading of every page of an account needs: the account, the viewer's role in it, and whether the viewer
 * may see its users (the section navigation offers only the pages the viewer may open).
 */
@Component
public class AccountHeader {

    private final TradeAccounts accounts;
    private final AccessControl access;

    AccountHeader(TradeAccounts accounts, AccessControl access) {
        this.accounts = accounts;
        this.access = access;
    }

    /**
     * Adds {@code account}, {@code role}, {@code mayViewUsers} and the navigation section to the model; returns the
     * viewer's role.
     */
    public @Nullable AccountRole add(Model model, CurrentUser viewer, AccountId id) {
        TradeAccount account = accounts.find(id).orElseThrow(AccountDataNotFoundException::new);
        AccountRole role = access.roleIn(viewer.id(), id).orElse(null);
        model.addAttribute("account", account);
        model.addAttribute("role", role);
        model.addAttribute("mayViewUsers", access.mayOnAccount(viewer.id(), AccountFunction.USERS, AccessLevel.VIEW, id));
        model.addAttribute("navSection", "accounts");
        return role;
    }
}
