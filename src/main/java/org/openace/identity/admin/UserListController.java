package org.openace.identity.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.openace.identity.Role;
import org.openace.identity.user.PortalUser;
import org.openace.identity.user.PortalUsers;
import org.openace.identity.user.UserSearch;
import org.openace.identity.user.UserStatus;
import org.openace.platform.web.RoleRequired;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The list of users: search by user ID, name or e-mail address, filters, 50 to a page. */
@Controller
@RequestMapping("/admin/users")
@RoleRequired("ADMINISTRATOR")
class UserListController {

    static final int PAGE_SIZE = 50;
    static final int MAX_TEXT = 100;

    /** A filter choice as the form shows it. */
    record Choice(String value, String label) {
    }

    /** A link of the pagination. */
    record PageLink(int number, String url, boolean current) {
    }

    /** A row of the list, with what the template cannot work out itself. */
    record Row(PortalUser user, String roles, boolean locked, StatusTag status) {
    }

    private final PortalUsers users;
    private final Clock clock;

    UserListController(PortalUsers users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "users";
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String status,
                @RequestParam(defaultValue = "") String locked, @RequestParam(defaultValue = "") String role,
                @RequestParam(defaultValue = "1") String page, Model model, HttpServletResponse response) {
        String text = q.strip();
        model.addAttribute("q", text);
        model.addAttribute("status", status);
        model.addAttribute("locked", "yes".equals(locked));
        model.addAttribute("role", role);
        model.addAttribute("statuses", Arrays.stream(UserStatus.values())
                .map(s -> new Choice(s.name().toLowerCase(Locale.ROOT), StatusTag.of(s).label())).toList());
        model.addAttribute("roles", Arrays.stream(Role.values())
                .map(r -> new Choice(r.name().toLowerCase(Locale.ROOT), r.title())).toList());

        List<String> errors = new ArrayList<>();
        if (text.length() > MAX_TEXT) {
            errors.add("Search for at most " + MAX_TEXT + " characters.");
        }
        Parsed<UserStatus> statusFilter = parse(UserStatus.class, status);
        if (!statusFilter.valid()) {
            errors.add("Choose a status from the list.");
        }
        Parsed<Role> roleFilter = parse(Role.class, role);
        if (!roleFilter.valid()) {
            errors.add("Choose a role from the list.");
        }
        if (!locked.isEmpty() && !"yes".equals(locked)) {
            errors.add("The locked filter is either ticked or not.");
        }
        int pageNumber = page.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(page) : 0;
        if (pageNumber == 0) {
            errors.add("The page number is not valid.");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("searchErrors", errors);
            model.addAttribute("rows", List.of());
            model.addAttribute("total", 0L);
            model.addAttribute("pageLinks", List.of());
            return "identity/admin/users";
        }

        Instant now = clock.instant();
        UserSearch search = new UserSearch(text, statusFilter.value(), "yes".equals(locked) ? now : null,
                roleFilter.value());
        long total = users.count(search);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(pageNumber, pages);
        List<Row> rows = users.search(search, (current - 1) * PAGE_SIZE, PAGE_SIZE).stream()
                .map(u -> new Row(u, roleTitles(u), u.isLockedAt(now), StatusTag.of(u.status()))).toList();

        model.addAttribute("rows", rows);
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("firstShown", total == 0 ? 0 : (current - 1) * PAGE_SIZE + 1);
        model.addAttribute("lastShown", (current - 1) * PAGE_SIZE + rows.size());
        List<PageLink> links = new ArrayList<>();
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - current) <= 2) {
                links.add(new PageLink(n, url(text, status, locked, role, n), n == current));
            }
            else if (links.isEmpty() || links.getLast().number() != -1) {
                links.add(new PageLink(-1, "", false)); // a gap, shown as an ellipsis
            }
        }
        model.addAttribute("pageLinks", pages > 1 ? links : List.of());
        model.addAttribute("previousUrl", current > 1 ? url(text, status, locked, role, current - 1) : null);
        model.addAttribute("nextUrl", current < pages ? url(text, status, locked, role, current + 1) : null);
        return "identity/admin/users";
    }

    private static String roleTitles(PortalUser user) {
        return user.roles().stream().sorted().map(Role::title).collect(Collectors.joining(", "));
    }

    /** A filter value read from the address: valid or not, and the constant it names (null for no filter). */
    private record Parsed<E>(boolean valid, @Nullable E value) {
    }

    private static <E extends Enum<E>> Parsed<E> parse(Class<E> type, String value) {
        if (value.isEmpty()) {
            return new Parsed<>(true, null);
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return new Parsed<>(true, constant);
            }
        }
        return new Parsed<>(false, null);
    }

    private static String url(String q, String status, String locked, String role, int page) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/admin/users");
        if (!q.isEmpty()) {
            builder.queryParam("q", q);
        }
        if (!status.isEmpty()) {
            builder.queryParam("status", status.toLowerCase(Locale.ROOT));
        }
        if (!locked.isEmpty()) {
            builder.queryParam("locked", locked);
        }
        if (!role.isEmpty()) {
            builder.queryParam("role", role.toLowerCase(Locale.ROOT));
        }
        builder.queryParam("page", page);
        return builder.encode().build().toUriString();
    }
}
