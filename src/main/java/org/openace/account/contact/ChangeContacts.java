package org.openace.account.contact;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccountDataNotFoundException;
import org.openace.account.AccountId;
import org.openace.account.core.AccountAudit;
import org.openace.account.core.Contact;
import org.openace.account.core.ContactKind;
import org.openace.account.core.Contacts;
import org.openace.account.core.Problems;
import org.openace.account.subaccount.SubAccountInput;
import org.openace.audit.AuditTrail;
import org.openace.identity.CurrentUser;
import org.openace.identity.EmailAddress;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Someone who manages the account's users adds, changes or removes the account's contacts: people who do not sign
 * in (company officers, points of contact), with a name, optional title, and an e-mail address or a phone number.
 */
@Component
public class ChangeContacts {

    /** A contact as typed, checked. */
    public record ContactDetails(ContactKind kind, String name, @Nullable String title, @Nullable String email,
                                 @Nullable String phone) {
        @Override
        public String toString() {
            return "ContactDetails[" + kind + "]";
        }
    }

    private final Contacts contacts;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    ChangeContacts(Contacts contacts, AuditTrail audit, TransactionTemplate transaction) {
        this.contacts = contacts;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** @throws AccountChangeRefusedException with the field problems */
    public static ContactDetails parse(@Nullable String kind, @Nullable String name, @Nullable String title,
                                       @Nullable String email, @Nullable String phone) {
        Problems problems = new Problems();
        Optional<ContactKind> parsedKind = SubAccountInput.parseEnum(ContactKind.class, kind);
        if (parsedKind.isEmpty()) {
            problems.add("kind", "Choose what the contact is for.");
        }
        String cleanName = text(name, "name", "the contact's full name", 200, true, problems);
        String cleanTitle = text(title, "title", "the title", 100, false, problems);
        String cleanEmail = text(email, "email", "an e-mail address", 254, false, problems);
        if (cleanEmail != null && EmailAddress.parse(cleanEmail).isEmpty()) {
            problems.add("email", "Enter an e-mail address in the form name@example.com.");
        }
        String cleanPhone = text(phone, "phone", "a phone number", 40, false, problems);
        if (cleanPhone != null && !cleanPhone.matches("\\+?[0-9][0-9 ().-]{4,39}")) {
            problems.add("phone", "Enter a phone number of digits, spaces, dots, hyphens and brackets, for example "
                    + "+1 410 555 0100.");
        }
        if (cleanEmail == null && cleanPhone == null && problems.isEmpty()) {
            problems.add("email", "Enter an e-mail address or a phone number, or both.");
        }
        problems.throwIfAny();
        return new ContactDetails(parsedKind.orElseThrow(), cleanName, cleanTitle, cleanEmail, cleanPhone);
    }

    public Contact add(CurrentUser actor, AccountId account, ContactDetails details) {
        return transaction.execute(status -> {
            Contact added = contacts.insert(account, details.kind(), details.name(), details.title(), details.email(),
                    details.phone());
            audit.record(AccountAudit.done("ACCOUNT_CONTACT_ADDED", actor, "TRADE_ACCOUNT", account, account)
                    .detail("contact", added.id()).detail("kind", details.kind()));
            return added;
        });
    }

    /** @throws AccountDataNotFoundException if the account has no such contact */
    public void change(CurrentUser actor, AccountId account, UUID id, ContactDetails details) {
        transaction.executeWithoutResult(status -> {
            if (!contacts.update(new Contact(id, account, details.kind(), details.name(), details.title(),
                    details.email(), details.phone()))) {
                throw new AccountDataNotFoundException();
            }
            audit.record(AccountAudit.done("ACCOUNT_CONTACT_CHANGED", actor, "TRADE_ACCOUNT", account, account)
                    .detail("contact", id).detail("kind", details.kind()));
        });
    }

    /** @throws AccountDataNotFoundException if the account has no such contact */
    public void remove(CurrentUser actor, AccountId account, UUID id) {
        transaction.executeWithoutResult(status -> {
            if (!contacts.delete(account, id)) {
                throw new AccountDataNotFoundException();
            }
            audit.record(AccountAudit.done("ACCOUNT_CONTACT_REMOVED", actor, "TRADE_ACCOUNT", account, account)
                    .detail("contact", id));
        });
    }

    private static @Nullable String text(@Nullable String typed, String field, String what, int max, boolean required,
                                         Problems problems) {
        String clean = typed == null ? "" : typed.strip();
        if (clean.isEmpty()) {
            if (required) {
                problems.add(field, "Enter " + what + ".");
            }
            return required ? "" : null;
        }
        if (clean.length() > max) {
            problems.add(field, "Keep " + what + " to " + max + " characters or fewer.");
        }
        else if (clean.chars().anyMatch(Character::isISOControl)) {
            problems.add(field, "This cannot hold control characters.");
        }
        return clean;
    }
}
