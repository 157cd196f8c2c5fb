package org.openace.payment.option;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openace.identity.EmailAddress;

/**
 * The application for a payment option: for ACH debit and ACH credit the CBP Form 400 data the portal takes (the
 * payer's name, a contact with phone and e-mail, the bank's routing number, checking or savings, the account number
 * typed twice); for Periodic Monthly Statement the working day of the month (1 to 11) on which the preliminary
 * statement is to be printed. Every problem is reported at once, by field; the account number is never sent back.
 */
final class AchForm extends BankAccountForm {

    private @Nullable String payerName;
    private @Nullable String contactName;
    private @Nullable String contactPhone;
    private @Nullable String contactEmail;
    private @Nullable String printDay;

    /** What was applied for, checked. */
    record Application(@Nullable String payerName, @Nullable String contactName, @Nullable String contactPhone,
                       @Nullable String contactEmail, @Nullable RoutingNumber routing, @Nullable String accountType,
                       @Nullable BankAccountNumber account, @Nullable Integer printDay) {
    }

    record Checked(@Nullable Application application, Map<String, String> errors) {
    }

    Checked check(OptionKind kind) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (kind == OptionKind.PMS) {
            String day = printDay == null ? "" : printDay.strip();
            if (!day.matches("[0-9]{1,2}") || Integer.parseInt(day) < 1 || Integer.parseInt(day) > 11) {
                errors.put("printDay", "Choose the working day of the month, 1 to 11, on which the preliminary "
                        + "statement is printed.");
                return new Checked(null, errors);
            }
            return new Checked(new Application(null, null, null, null, null, null, null, Integer.parseInt(day)),
                    errors);
        }
        String payer = text(payerName, 120, "payerName", "Give the payer's name, up to 120 characters.", errors);
        String contact = text(contactName, 120, "contactName", "Give a contact person's name, up to 120 characters.",
                errors);
        String phone = contactPhone == null ? "" : contactPhone.strip();
        if (!phone.matches("\\+?[0-9 ()./-]{7,30}")) {
            errors.put("contactPhone", "Give the contact's phone number, for example 202-555-0147.");
        }
        Optional<EmailAddress> email = EmailAddress.parse(contactEmail == null ? "" : contactEmail);
        if (email.isEmpty()) {
            errors.put("contactEmail", "Give the contact's e-mail address, for example payments@example.com.");
        }
        Optional<BankAccountNumber.Typed> bank = checkedBank(errors);
        if (!errors.isEmpty() || bank.isEmpty()) {
            return new Checked(null, errors);
        }
        return new Checked(new Application(payer, contact, phone, email.orElseThrow().value(), bank.get().routing(),
                bank.get().accountType(), bank.get().account(), null), errors);
    }

    private static String text(@Nullable String value, int max, String field, String message,
                               Map<String, String> errors) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > max) {
            errors.put(field, message);
        }
        return text;
    }

    AchForm withoutAccountNumbers() {
        AchForm shown = new AchForm();
        shown.payerName = payerName;
        shown.contactName = contactName;
        shown.contactPhone = contactPhone;
        shown.contactEmail = contactEmail;
        shown.printDay = printDay;
        return bankWithoutAccountNumbers(shown);
    }

    public @Nullable String getPayerName() {
        return payerName;
    }

    public void setPayerName(@Nullable String payerName) {
        this.payerName = payerName;
    }

    public @Nullable String getContactName() {
        return contactName;
    }

    public void setContactName(@Nullable String contactName) {
        this.contactName = contactName;
    }

    public @Nullable String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(@Nullable String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public @Nullable String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(@Nullable String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public @Nullable String getPrintDay() {
        return printDay;
    }

    public void setPrintDay(@Nullable String printDay) {
        this.printDay = printDay;
    }
}
