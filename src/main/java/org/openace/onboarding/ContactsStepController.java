package org.openace.onboarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.openace.platform.web.PublicEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Step 5: the points of contact, none or several. Rows are added and removed with buttons (the page works without
 * JavaScript); adding or removing a row saves nothing until "Save and continue".
 */
@Controller
@RequestMapping("/apply/contacts")
@PublicEndpoint
class ContactsStepController {

    private static final ApplicationStep STEP = ApplicationStep.POINTS_OF_CONTACT;
    private static final String VIEW = "account/application/contacts";
    private static final String ADD = "add";
    private static final String REMOVE = "remove-";

    private final DraftSteps steps;
    private final EditApplication edit;

    ContactsStepController(DraftSteps steps, EditApplication edit) {
        this.steps = steps;
        this.edit = edit;
    }

    @GetMapping
    String show(HttpSession session, Model model, RedirectAttributes redirect) {
        Optional<AccountApplication> application = steps.editable(session);
        if (application.isEmpty()) {
            return steps.noDraft(session, redirect);
        }
        Optional<ContactsForm> unsaved = DraftSession.unsaved(session, STEP, ContactsForm.class);
        ContactsForm form = unsaved.orElseGet(() -> ContactsForm.of(application.get()));
        model.addAttribute("unsaved", unsaved.isPresent());
        return page(model, application.get(), form.rows(), List.of());
    }

    @PostMapping
    String save(@ModelAttribute("form") ContactsForm form, @RequestParam(defaultValue = "next") String go,
                HttpSession session, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Optional<AccountApplication> application = steps.editable(session);
        if (application.isEmpty()) {
            return steps.noDraft(session, redirect);
        }
        if (ADD.equals(go)) {
            List<ContactsForm.Row> rows = form.rows();
            if (rows.size() >= AccountApplication.MAX_POINTS_OF_CONTACT) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return page(model, application.get(), rows, List.of("You can give at most "
                        + AccountApplication.MAX_POINTS_OF_CONTACT + " points of contact."));
            }
            return page(model, application.get(), form.withRowAdded().rows(), List.of());
        }
        if (go.startsWith(REMOVE)) {
            return page(model, application.get(), form.withRowRemoved(index(go)).rows(), List.of());
        }
        List<ContactsForm.Row> checked = form.checkedRows();
        Optional<List<ContactPerson>> contacts = form.contacts();
        if (contacts.isEmpty()) {
            List<String> problems = new ArrayList<>();
            if (checked.size() > AccountApplication.MAX_POINTS_OF_CONTACT) {
                problems.add("You can give at most " + AccountApplication.MAX_POINTS_OF_CONTACT + " points of contact.");
            }
            page(model, application.get(), checked, problems);
            return steps.invalid(STEP, ContactsForm.fromRows(checked), go, VIEW, session, response, redirect);
        }
        edit.save(application.get().id(), STEP, a -> a.changePointsOfContact(contacts.get()));
        DraftSession.saved(session, STEP);
        return steps.afterSave(STEP, go);
    }

    private String page(Model model, AccountApplication application, List<ContactsForm.Row> rows, List<String> problems) {
        steps.prepare(model, STEP, application);
        model.addAttribute("rows", rows);
        model.addAttribute("problems", problems);
        model.addAttribute("hasErrors", !problems.isEmpty() || rows.stream().anyMatch(r -> !r.errors().isEmpty()));
        model.addAttribute("maxContacts", AccountApplication.MAX_POINTS_OF_CONTACT);
        return VIEW;
    }

    private static int index(String go) {
        String digits = go.substring(REMOVE.length());
        return digits.matches("[0-9]{1,2}") ? Integer.parseInt(digits) : -1;
    }
}
