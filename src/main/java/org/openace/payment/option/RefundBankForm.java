package org.openace.payment.option;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The form for new ACH refund bank details: the account holder's name, the routing number (checked by its check
 * digit), checking or savings, and the account number typed twice. Every problem is reported at once, by field; the
 * account number is never sent back to the page.
 */
final class RefundBankForm extends BankAccountForm {

    private @Nullable String accountHolder;

    /** The change asked for, or the problems by field name. */
    record Checked(RefundBankDetails.@Nullable Change change, Map<String, String> errors) {
    }

    Checked check() {
        Map<String, String> errors = new LinkedHashMap<>();
        String holder = accountHolder == null ? "" : accountHolder.strip();
        if (holder.isEmpty() || holder.length() > 120) {
            errors.put("accountHolder", "Give the name on the bank account, up to 120 characters.");
        }
        Optional<BankAccountNumber.Typed> bank = checkedBank(errors);
        if (!errors.isEmpty() || bank.isEmpty()) {
            return new Checked(null, errors);
        }
        return new Checked(new RefundBankDetails.Change(holder, bank.get().routing(), bank.get().accountType(),
                bank.get().account()), errors);
    }

    public @Nullable String getAccountHolder() {
        return accountHolder;
    }

    public void setAccountHolder(@Nullable String accountHolder) {
        this.accountHolder = accountHolder;
    }

    /** The same form with the account numbers cleared, to show again. */
    RefundBankForm withoutAccountNumbers() {
        RefundBankForm shown = new RefundBankForm();
        shown.accountHolder = accountHolder;
        return bankWithoutAccountNumbers(shown);
    }
}
