package org.openace.site.web;

import java.util.List;

import jakarta.servlet.http.HttpSession;
import org.openace.identity.CurrentUser;
import org.openace.identity.PreviousSignIn;
import org.openace.identity.Role;
import org.openace.platform.home.RolesHeld;
import org.openace.platform.home.WaitingItem;
import org.openace.platform.home.HomeCharts;
import org.openace.platform.home.WorkWaiting;
import org.openace.platform.web.SignedInUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page after sign-in: who is signed in and in which roles, the work waiting for them (from every module that has
 * some), their previous sign-in, notices, and where to go next.
 */
@Controller
@SignedInUser
class HomeController {

    private final ObjectProvider<WorkWaiting> work;
    private final ObjectProvider<RolesHeld> roles;
    private final ObjectProvider<HomeCharts> charts;

    HomeController(ObjectProvider<WorkWaiting> work, ObjectProvider<RolesHeld> roles,
                   ObjectProvider<HomeCharts> charts) {
        this.work = work;
        this.roles = roles;
        this.charts = charts;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user, HttpSession session, Model model) {
        List<WaitingItem> waiting = work.orderedStream().flatMap(w -> w.waitingFor(user).stream())
                .filter(item -> item.count() > 0).toList();
        List<RolesHeld.HeldRole> held = roles.orderedStream().flatMap(r -> r.heldBy(user).stream()).toList();
        model.addAttribute("previousSignIn", PreviousSignIn.of(session).orElse(null));
        // a trade user's roles are named by the accounts they hold them in; "Trade user" only while they hold none
        model.addAttribute("roles", user.roles().stream()
                .filter(role -> role != Role.TRADE || held.isEmpty()).sorted().toList());
        model.addAttribute("heldRoles", held);
        model.addAttribute("waiting", waiting);
        model.addAttribute("charts", charts.orderedStream().flatMap(c -> c.chartsFor(user).stream()).toList());
        model.addAttribute("navSection", "home");
        return "site/home";
    }
}
