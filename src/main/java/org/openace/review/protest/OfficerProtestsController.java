package org.openace.review.protest;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.openace.account.PortCode;
import org.openace.audit.AuditActor;
import org.openace.document.DocumentDownloads;
import org.openace.document.Documents;
import org.openace.identity.CurrentUser;
import org.openace.officer.OfficerPorts;
import org.openace.platform.web.RoleRequired;
import org.openace.platform.web.UserMessage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's protest pages: the protests awaiting a decision at the officer's ports (those with accelerated
 * disposition requested flagged with the day by which to decide), a protest with its entries and documents, and the
 * decision with its reasons. A protest at another port answers 404.
 */
@Controller
@RoleRequired("OFFICER")
class OfficerProtestsController {

    private final Protests protests;
    private final ProtestStore store;
    private final Documents documents;
    private final OfficerPorts ports;
    private final Clock clock;

    OfficerProtestsController(Protests protests, ProtestStore store, Documents documents, OfficerPorts ports,
                              Clock clock) {
        this.protests = protests;
        this.store = store;
        this.documents = documents;
        this.ports = ports;
        this.clock = clock;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "officer-reviews";
    }

    @GetMapping("/officer/protests")
    String queue(@RequestParam(required = false) @Nullable String show,
                 @AuthenticationPrincipal CurrentUser officer, Model model) {
        List<PortCode> mine = ports.portsOf(officer.userId()).stream().sorted(Comparator.comparing(PortCode::value))
                .toList();
        boolean all = "all".equals(show);
        model.addAttribute("protests", mine.isEmpty() ? List.of() : store.list(null, mine, !all, 200));
        model.addAttribute("myPorts", mine);
        model.addAttribute("all", all);
        model.addAttribute("today", LocalDate.now(clock));
        return "review/officer-protests";
    }

    @GetMapping("/officer/protests/{protestNumber}")
    String show(@PathVariable String protestNumber, @AuthenticationPrincipal CurrentUser officer, Model model) {
        return page(protest(protestNumber, officer), Map.of(), null, model);
    }

    @PostMapping("/officer/protests/{protestNumber}/decision")
    String decide(@PathVariable String protestNumber, @RequestParam(required = false) @Nullable String decision,
                  @RequestParam(required = false) @Nullable String reasons,
                  @AuthenticationPrincipal CurrentUser officer, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Protest protest = protest(protestNumber, officer);
        ProtestDecision chosen = Arrays.stream(ProtestDecision.values())
                .filter(d -> d.name().equalsIgnoreCase(decision == null ? "" : decision.strip())).findFirst()
                .orElse(null);
        if (chosen == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(protest, Map.of("decision", "Choose the decision."), reasons, model);
        }
        try {
            protests.decide(protest.number(), chosen, reasons == null ? "" : reasons,
                    AuditActor.user(officer.userId(), officer.username()));
            redirect.addFlashAttribute("success", UserMessage.of("review.protest.decided", protest.number(),
                    chosen.title()));
            return "redirect:/officer/protests/" + protest.number();
        }
        catch (ProtestRefused refused) {
            boolean typing = refused.code().equals("REASONS_REQUIRED");
            response.setStatus(typing ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_CONFLICT);
            if (typing) {
                return page(protest, Map.of("reasons", refused.getMessage()), reasons, model);
            }
            model.addAttribute("error", UserMessage.of("review.refused", refused.getMessage()));
            return page(protest(protestNumber, officer), Map.of(), reasons, model);
        }
    }

    @GetMapping("/officer/protests/{protestNumber}/documents/{documentId}")
    void download(@PathVariable String protestNumber, @PathVariable String documentId,
                  @AuthenticationPrincipal CurrentUser officer, HttpServletResponse response) throws IOException {
        Protest protest = protest(protestNumber, officer);
        DocumentDownloads.send(documents, ProtestPagesController.document(store, documents, protest.number(),
                documentId), response);
    }

    private String page(Protest protest, Map<String, String> errors, @Nullable String reasons, Model model) {
        model.addAttribute("protest", protest);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("documents", store.documents(protest.number()).stream().map(documents::find)
                .flatMap(java.util.Optional::stream).toList());
        model.addAttribute("base", "/officer/protests/" + protest.number());
        model.addAttribute("errors", errors);
        model.addAttribute("reasons", reasons == null ? "" : reasons);
        model.addAttribute("decisions", ProtestDecision.values());
        return "review/officer-protest";
    }

    private Protest protest(String number, CurrentUser officer) {
        Protest protest = ProtestNumbers.normalized(number).flatMap(store::find)
                .orElseThrow(UnknownProtestException::new);
        if (!ports.works(officer.userId(), protest.port())) {
            throw new UnknownProtestException();
        }
        return protest;
    }
}
