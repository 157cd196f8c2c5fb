package org.openace.payment.option;

import java.util.Optional;

/**
 * An ABA routing transit number: nine digits whose first two are a Federal Reserve routing symbol (01 to 12, 21 to 32,
 * 61 to 72, or 80) and whose ninth is the check digit: 3 x (d1 + d4 + d7) + 7 x (d2 + d5 + d8) + (d3 + d6 + d9) is a
 * multiple of 10. Not personal data: it names a bank, not an account.
 */
record RoutingNumber(String value) {

    RoutingNumber {
        if (problem(value).isPresent()) {
            throw new IllegalArgumentException("Not a routing number");
        }
    }

    static Optional<RoutingNumber> parse(String typed) {
        String digits = typed == null ? "" : typed.strip().replace(" ", "").replace("-", "");
        return problem(digits).isEmpty() ? Optional.of(new RoutingNumber(digits)) : Optional.empty();
    }

    /** What is wrong with a typed routing number, in words, or empty when nothing is. */
    static Optional<String> problem(String typed) {
        String digits = typed == null ? "" : typed.strip().replace(" ", "").replace("-", "");
        if (!digits.matches("[0-9]{9}")) {
            return Optional.of("A routing number is 9 digits.");
        }
        int prefix = Integer.parseInt(digits.substring(0, 2));
        boolean federalReserve = (prefix >= 1 && prefix <= 12) || (prefix >= 21 && prefix <= 32)
                || (prefix >= 61 && prefix <= 72) || prefix == 80;
        if (!federalReserve) {
            return Optional.of("A routing number starts with 01 to 12, 21 to 32, 61 to 72 or 80.");
        }
        int[] d = digits.chars().map(c -> c - '0').toArray();
        int sum = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8]);
        if (sum % 10 != 0) {
            return Optional.of("That routing number fails its check digit: check it against a cheque or the bank.");
        }
        return Optional.empty();
    }
}
