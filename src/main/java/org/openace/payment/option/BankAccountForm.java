package org.openace.payment.option;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The bank account fields a payment form has (routing number, checking or savings, the account number typed twice),
 * checked together by {@link BankAccountNumber#checked}; the account numbers are never shown again.
 */
abstract class BankAccountForm {

    private @Nullable String routingNumber;
    private @Nullable String accountType;
    private @Nullable String accountNumber;
    private @Nullable String accountNumberAgain;

    /** The bank account typed, each problem put at its field; empty when there is any. */
    Optional<BankAccountNumber.Typed> checkedBank(Map<String, String> errors) {
        return BankAccountNumber.checked(routingNumber, accountType, accountNumber, accountNumberAgain, errors);
    }

    /** Copies the routing number and kind of account, not the account numbers, to a form to show again. */
    <F extends BankAccountForm> F bankWithoutAccountNumbers(F shown) {
        shown.setRoutingNumber(routingNumber);
        shown.setAccountType(accountType);
        return shown;
    }

    public @Nullable String getRoutingNumber() {
        return routingNumber;
    }

    public void setRoutingNumber(@Nullable String routingNumber) {
        this.routingNumber = routingNumber;
    }

    public @Nullable String getAccountType() {
        return accountType;
    }

    public void setAccountType(@Nullable String accountType) {
        this.accountType = accountType;
    }

    public @Nullable String getAccountNumber() {
        return accountNumber;
    }

    public void setAccountNumber(@Nullable String accountNumber) {
        this.accountNumber = accountNumber;
    }

    public @Nullable String getAccountNumberAgain() {
        return accountNumberAgain;
    }

    public void setAccountNumberAgain(@Nullable String accountNumberAgain) {
        this.accountNumberAgain = accountNumberAgain;
    }
}
