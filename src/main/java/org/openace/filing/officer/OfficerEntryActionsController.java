package org.openace.filing.officer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.openace.audit.AuditActor;
import org.openace.officer.OfficerPorts;
import org.openace.filing.EntryNumber;
import org.openace.filing.EntrySummary;
import org.openace.filing.EntrySummaryStatus;
import org.openace.filing.Hold;
import org.openace.filing.ReleaseStatus;
import org.openace.filing.store.EntrySummaryStore;
import org.openace.identity.CurrentUser;
import org.openace.platform.web.RoleRequired;
import org.openace.platform.web.UserMessage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A customs officer's actions on one entry summary (F3/F6): where it stands, its holds, and a form for each move its
 * state allows (reject with reasons, hold, lift a hold, release, schedule liquidation, liquidate, extend), each
 * confirmed in the page's dialog. A wrong value is answered on the form, by field (400); a move the entry's state
 * does not allow, with the entry summary's reason (409); nothing changes in either case.
 */
@Controller
@RequestMapping("/officer/entries/{entryNumber}/actions")
@RoleRequired("OFFICER")
class OfficerEntryActionsController {

    private static final String VIEW = "filing/officer/actions";

    private final EntrySummaryStore store;
    private final MoveEntry moveEntry;
    private final OfficerPorts ports;

    OfficerEntryActionsController(EntrySummaryStore store, MoveEntry moveEntry, OfficerPorts ports) {
        this.ports = ports;
        this.store = store;
        this.moveEntry = moveEntry;
    }

    /** The values typed in the forms, under the names the API uses (reasons one to a line). */
    record MoveForm(@Nullable String reasons, @Nullable String authority, @Nullable String reason,
                    @Nullable String holdNumber, @Nullable String liquidationDate, @Nullable String amount) {

        MoveInput input() {
            return new MoveInput(MoveInput.lines(reasons), authority, reason, holdNumber, liquidationDate, amount);
        }
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "officer-entries";
    }

    @GetMapping
    String page(@PathVariable String entryNumber, @AuthenticationPrincipal CurrentUser officer, Model model) {
        EntrySummary entry = entry(entryNumber);
        if (!ports.works(officer.userId(), entry.form().portOfEntry())) {
            // said before the officer fills a form: the moves would be refused
            model.addAttribute("info", UserMessage.of("filing.officer.outside-ports-notice",
                    entry.form().portOfEntry().value()));
        }
        return page(entry, null, new MoveForm(null, "CBP", null, null, null, null), Map.of(), model);
    }

    @PostMapping("/{move}")
    String move(@PathVariable String entryNumber, @PathVariable String move, @ModelAttribute MoveForm form,
                @AuthenticationPrincipal CurrentUser officer, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        EntryNumber number = EntryNumber.tryParse(entryNumber).orElseThrow(UnknownEntryException::new);
        MoveKind kind = MoveKind.ofPath(move).orElseThrow(UnknownEntryException::new);
        MoveInput.Checked checked = form.input().check(kind);
        if (checked instanceof MoveInput.Invalid invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            invalid.errors().forEach(e -> errors.putIfAbsent(e.field(), e.message()));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(entry(entryNumber), kind, form, errors, model);
        }
        MoveOutcome outcome = moveEntry.move(number, ((MoveInput.Valid) checked).move(),
                AuditActor.user(officer.userId(), officer.username()), port -> ports.works(officer.userId(), port));
        return switch (outcome) {
            case MoveOutcome.Moved moved -> {
                redirect.addFlashAttribute("success", UserMessage.of(successKey(kind), number.formatted()));
                yield "redirect:/officer/entries/" + number.formatted() + "/actions";
            }
            case MoveOutcome.NotFound notFound -> throw new UnknownEntryException();
            case MoveOutcome.OutsidePorts outside -> {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                model.addAttribute("error", UserMessage.of("filing.officer.outside-ports", outside.port().value()));
                yield page(entry(entryNumber), kind, form, Map.of(), model);
            }
            case MoveOutcome.Refused refused -> {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("error", UserMessage.of("filing.officer.move-refused", refused.reason()));
                yield page(entry(entryNumber), kind, form, Map.of(), model);
            }
        };
    }

    private static String successKey(MoveKind kind) {
        return switch (kind) {
            case REJECT -> "filing.officer.moved.reject";
            case HOLD -> "filing.officer.moved.hold";
            case LIFT_HOLD -> "filing.officer.moved.lift-hold";
            case RELEASE -> "filing.officer.moved.release";
            case SCHEDULE_LIQUIDATION -> "filing.officer.moved.schedule-liquidation";
            case LIQUIDATE -> "filing.officer.moved.liquidate";
            case EXTEND -> "filing.officer.moved.extend";
        };
    }

    private EntrySummary entry(String entryNumber) {
        return EntryNumber.tryParse(entryNumber).flatMap(store::load).orElseThrow(UnknownEntryException::new);
    }

    private static String page(EntrySummary entry, @Nullable MoveKind failed, MoveForm form,
                               Map<String, String> errors, Model model) {
        EntrySummaryStatus status = entry.status();
        ReleaseStatus release = entry.releaseStatus();
        List<Hold> openHolds = entry.holds().stream().filter(Hold::isOpen).toList();
        model.addAttribute("entry", entry);
        model.addAttribute("number", entry.entryNumber().formatted());
        model.addAttribute("openHolds", openHolds);
        model.addAttribute("form", form);
        model.addAttribute("failed", failed == null ? "" : failed.path());
        model.addAttribute("errors", errors);
        model.addAttribute("mayReject", status == EntrySummaryStatus.ACCEPTED);
        model.addAttribute("mayHold", release != ReleaseStatus.RELEASED);
        model.addAttribute("mayLift", !openHolds.isEmpty());
        model.addAttribute("mayRelease", release != ReleaseStatus.RELEASED && release != ReleaseStatus.HELD);
        model.addAttribute("maySchedule", status == EntrySummaryStatus.PAID || status == EntrySummaryStatus.EXTENDED);
        model.addAttribute("mayLiquidate", status == EntrySummaryStatus.LIQUIDATION_SCHEDULED);
        model.addAttribute("mayExtend", !status.isFinal() && status != EntrySummaryStatus.REJECTED
                && entry.extensions() < EntrySummary.MAX_EXTENSIONS);
        return VIEW;
    }
}
