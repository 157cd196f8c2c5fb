package org.openace.payment.option;

import java.util.Optional;

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

    static Optional<BankAccountNumber> parse(String typed) {
        String digits = typed == null ? "" : typed.strip().replace(" ", "").replace("-", "");
        return digits.matches("[0-9]{4,17}") ? Optional.of(new BankAccountNumber(digits)) : Optional.empty();
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
