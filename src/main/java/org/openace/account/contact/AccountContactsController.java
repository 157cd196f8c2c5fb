package org.openace.account.contact;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.openace.account.AccessControl;
import org.openace.account.AccessLevel;
import org.openace.account.AccountAccess;
import org.openace.account.AccountDataNotFoundException;
import org.openace.account.AccountFunction;
import org.openace.account.AccountId;
import org.openace.account.PathIds;
import org.openace.account.core.AccountChangeRefusedException;
import org.openace.account.core.Contact;
import org.openace.account.core.ContactKind;
import org.openace.account.core.Contacts;
import org.openace.account.web.AccountHeader;
import org.openace.account.web.FormErrors;
import org.openace.identity.CurrentUser;
import org.openace.platform.web.UserMessage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An account's contacts: people who do not sign in (officers of the company, points of contact). Seen by those who
 * may view the account's users, changed by those who may change them.
 */
@Controller
class AccountContactsController {

    private final Contacts contacts;
    private final ChangeContacts changeContacts;
    private final AccessControl access;
    private final AccountHeader header;

    AccountContactsController(Contacts contacts, ChangeContacts changeContacts, AccessControl access,
                              AccountHeader header) {
        this.contacts = contacts;
        this.changeContacts = changeContacts;
        this.access = access;
        this.header = header;
    }

    @GetMapping("/accounts/{accountId}/contacts")
    @AccountAccess(function = AccountFunction.USERS, level = AccessLevel.VIEW)
    String list(@PathVariable String accountId, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page(PathIds.account(accountId), user, model, ContactForm.empty(), FormErrors.none());
    }

    @PostMapping("/accounts/{accountId}/contacts")
    @AccountAccess(function = AccountFunction.USERS, level = AccessLevel.EDIT)
    String add(@PathVariable String accountId, @Valid @ModelAttribute("form") ContactForm form, BindingResult binding,
               @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
               RedirectAttributes redirect) {
        AccountId id = PathIds.account(accountId);
        FormErrors errors = FormErrors.of(binding);
        if (errors.isEmpty()) {
            try {
                changeContacts.add(user, id, parse(form));
                redirect.addFlashAttribute("success", UserMessage.of("account.contact.added"));
                return "redirect:/accounts/" + id + "/contacts";
            }
            catch (AccountChangeRefusedException refused) {
                errors.add(refused);
            }
        }
        response.setStatus(errors.status());
        return page(id, user, model, form, errors);
    }

    @GetMapping("/accounts/{accountId}/contacts/{contactId}")
    @AccountAccess(function = AccountFunction.USERS, level = AccessLevel.EDIT)
    String edit(@PathVariable String accountId, @PathVariable String contactId,
                @AuthenticationPrincipal CurrentUser user, Model model) {
        AccountId id = PathIds.account(accountId);
        Contact contact = contacts.find(id, PathIds.uuid(contactId)).orElseThrow(AccountDataNotFoundException::new);
        return editPage(id, contact.id(), user, model, ContactForm.of(contact), FormErrors.none());
    }

    @PostMapping("/accounts/{accountId}/contacts/{contactId}")
    @AccountAccess(function = AccountFunction.USERS, level = AccessLevel.EDIT)
    String change(@PathVariable String accountId, @PathVariable String contactId,
                  @Valid @ModelAttribute("form") ContactForm form, BindingResult binding,
                  @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        AccountId id = PathIds.account(accountId);
        UUID contact = contacts.find(id, PathIds.uuid(contactId)).map(Contact::id)
                .orElseThrow(AccountDataNotFoundException::new);
        FormErrors errors = FormErrors.of(binding);
        if (errors.isEmpty()) {
            try {
                changeContacts.change(user, id, contact, parse(form));
                redirect.addFlashAttribute("success", UserMessage.of("account.contact.saved"));
                return "redirect:/accounts/" + id + "/contacts";
            }
            catch (AccountChangeRefusedException refused) {
                errors.add(refused);
            }
        }
        response.setStatus(errors.status());
        return editPage(id, contact, user, model, form, errors);
    }

    @PostMapping("/accounts/{accountId}/contacts/{contactId}/remove")
    @AccountAccess(function = AccountFunction.USERS, level = AccessLevel.EDIT)
    String remove(@PathVariable String accountId, @PathVariable String contactId,
                  @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        AccountId id = PathIds.account(accountId);
        changeContacts.remove(user, id, PathIds.uuid(contactId));
        redirect.addFlashAttribute("success", UserMessage.of("account.contact.removed"));
        return "redirect:/accounts/" + id + "/contacts";
    }

    private static ChangeContacts.ContactDetails parse(ContactForm form) {
        return ChangeContacts.parse(form.kind(), form.name(), form.title(), form.email(), form.phone());
    }

    private String page(AccountId id, CurrentUser user, Model model, ContactForm form, FormErrors errors) {
        header.add(model, user, id);
        model.addAttribute("contacts", contacts.ofAccount(id));
        model.addAttribute("mayEdit", access.mayOnAccount(user.id(), AccountFunction.USERS, AccessLevel.EDIT, id));
        model.addAttribute("kinds", ContactKind.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "account/contacts";
    }

    private String editPage(AccountId id, UUID contact, CurrentUser user, Model model, ContactForm form,
                            FormErrors errors) {
        header.add(model, user, id);
        model.addAttribute("contactId", contact);
        model.addAttribute("kinds", ContactKind.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "account/contact-edit";
    }
}
