package org.openace.payment.option;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A bank account number: 4 to 17 digits (the NACHA DFI account number field holds 17). Personal data: sealed per
 * field when stored, never logged ({@link #toString()} is masked), shown as its last four digits only.
 */
record BankAccountNumber(String digits) {

    BankAccountNumber {
        if (digits == null || !digits.matches("[0-9]{4,17}")) {
            throw new IllegalArgumentException("Not a bank account number");
        }
    }

    static Optional<BankAccountNumber> parse(@Nullable String typed) {
        String digits = typed == null ? "" : typed.strip().replace(" ", "").replace("-", "");
        return digits.matches("[0-9]{4,17}") ? Optional.of(new BankAccountNumber(digits)) : Optional.empty();
    }

    /**
     * The bank account of a form: its routing number, kind (checking or savings) and account number typed twice,
     * each problem put at its field ({@code routingNumber}, {@code accountType}, {@code accountNumber},
     * {@code accountNumberAgain}); empty when there is any.
     */
    static Optional<Typed> checked(@Nullable String routing, @Nullable String type, @Nullable String account,
                                   @Nullable String again, Map<String, String> errors) {
        RoutingNumber.problem(routing == null ? "" : routing).ifPresent(p -> errors.put("routingNumber", p));
        String kind = type == null ? "" : type.strip().toUpperCase(Locale.ROOT);
        if (!kind.equals("CHECKING") && !kind.equals("SAVINGS")) {
            errors.put("accountType", "Choose checking or savings.");
        }
        Optional<BankAccountNumber> number = parse(account);
        if (number.isEmpty()) {
            errors.put("accountNumber", "An account number is 4 to 17 digits.");
        }
        else if (!number.equals(parse(again))) {
            errors.put("accountNumberAgain", "The two account numbers differ: type it again.");
        }
        if (errors.containsKey("routingNumber") || errors.containsKey("accountType") || number.isEmpty()
                || errors.containsKey("accountNumberAgain")) {
            return Optional.empty();
        }
        return Optional.of(new Typed(RoutingNumber.parse(routing).orElseThrow(), kind, number.get()));
    }

    /** A bank account as typed on a form, checked. */
    record Typed(RoutingNumber routing, String accountType, BankAccountNumber account) {
    }

    String lastFour() {
        return digits.substring(digits.length() - 4);
    }

    /** As pages show it: {@code ending in 6789}. */
    String masked() {
        return "ending in " + lastFour();
    }

    @Override
    public String toString() {
        return "BankAccountNumber[" + masked() + "]";
    }
}
