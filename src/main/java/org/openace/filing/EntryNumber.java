package org.openace.filing;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entry number of CBP Form 7501, Block 1: the 3-character entry filer code, the 7-digit number the filer assigns,
 * and a check digit, written {@code XXX-NNNNNNN-C}.
 *
 * <p>What CBP publishes, verbatim. Form 7501 instructions, Block 1: "The entry number is comprised of the three digit
 * filer code, followed by the seven digit entry number, and completed with the one digit check digit. [...] Leading
 * zeros must be shown. Check Digit is computed on the previous 10 characters. The formula for calculating the check
 * digit can be found in Appendix 1." CATAIR Appendix E "Valid Entry Numbers": "Entry numbers now appear in
 * XXX-NNNNNNN-C format. [...] Each position must be alphabetic or numeric. No special characters are permitted. This
 * entry filer code is assigned in one of the following formats: NNN 001-999, ANN A00-Z99, AAN AA0-ZZ9, AAA AAA-ZZZ,
 * ANA A0A-Z9Z, NAN 0A0-9Z9, NNA 00A-99Z, NAA 0AA-9ZZ". So a filer code is any 3 letters or digits, except the
 * all-numeric {@code 000}.
 *
 * <p>The computation itself. The step text of Form 7501 Appendix 1 and of the check-digit part of CATAIR Appendix E
 * could not be retrieved when this was written, nor any example worked by CBP. The computation below is taken from a
 * secondary source (a third-party library citing the CATAIR Entry Summary chapter's "AE Table 1"): each letter of the
 * 10 characters is converted to a digit (A-I to 1-9, J-R to 1-9, S-Z to 2-9: S is 2, not 1), then the Luhn mod 10
 * rule runs over the 10 digits (the 2nd, 4th, ... 10th from the left doubled, a product over 9 reduced by 9, all
 * summed; the check digit is what brings the sum to a multiple of 10). It must be checked against CBP's published
 * text and examples when they are obtained; the examples in the tests are derived from this algorithm, not CBP's.
 */
public record EntryNumber(String filerCode, String number, int checkDigit) {

    private static final Pattern FILER_CODE = Pattern.compile("[A-Z0-9]{3}");
    private static final Pattern SEVEN_DIGITS = Pattern.compile("\\d{7}");

    private static final Pattern TYPED = Pattern.compile("([A-Z0-9]{3})-?(\\d{7})-?(\\d)");

    public EntryNumber {
        if (filerCode == null || !FILER_CODE.matcher(filerCode).matches()) {
            throw new IllegalArgumentException("An entry filer code is 3 capital letters or digits (CATAIR Appendix E)");
        }
        if (filerCode.equals("000")) {
            throw new IllegalArgumentException("An all-numeric entry filer code runs from 001 to 999 (CATAIR Appendix E)");
        }
        if (number == null || !SEVEN_DIGITS.matcher(number).matches()) {
            throw new IllegalArgumentException("The number of an entry is 7 digits, leading zeros shown (Form 7501 Block 1)");
        }
        int expected = checkDigitOf(filerCode, number);
        if (checkDigit != expected) {
            throw new IllegalArgumentException("The check digit of entry number " + filerCode + "-" + number + " is "
                    + expected + ", not " + checkDigit);
        }
    }

    /**
     * Reads {@code ABC-1234567-6} or {@code ABC12345676} (letters in either case, surrounding spaces ignored).
     *
     * @throws IllegalArgumentException naming what is wrong: the shape, the filer code or the check digit
     */
    public static EntryNumber parse(String typed) {
        String text = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        Matcher m = TYPED.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "An entry number is a 3-character filer code, 7 digits and a check digit, as XXX-NNNNNNN-C");
        }
        return new EntryNumber(m.group(1), m.group(2), m.group(3).charAt(0) - '0');
    }

    /** Reads an entry number, or empty if it is not one (shape, filer code or check digit). */
    public static Optional<EntryNumber> tryParse(String typed) {
        try {
            return Optional.of(parse(typed));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The entry number of a filer code and 7-digit number, with its check digit computed. */
    public static EntryNumber of(String filerCode, String number) {
        if (filerCode == null || !FILER_CODE.matcher(filerCode).matches()
                || number == null || !SEVEN_DIGITS.matcher(number).matches()) {
            throw new IllegalArgumentException("An entry number is a 3-character filer code and 7 digits");
        }
        return new EntryNumber(filerCode, number, checkDigitOf(filerCode, number));
    }

    /** The check digit of the 10 characters filer code + number (see the class comment for its source). */
    static int checkDigitOf(String filerCode, String number) {
        String base = filerCode + number;
        int sum = 0;
        for (int i = 0; i < base.length(); i++) {
            int digit = digitOf(base.charAt(i));
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }

    /** A1 .. I9, J1 .. R9, S2 .. Z9; a digit is itself. */
    private static int digitOf(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'I') {
            return c - 'A' + 1;
        }
        if (c >= 'J' && c <= 'R') {
            return c - 'J' + 1;
        }
        if (c >= 'S' && c <= 'Z') {
            return c - 'S' + 2;
        }
        throw new IllegalArgumentException("Not a letter or digit: " + c);
    }

    /** Canonical form: {@code ABC-1234567-6}. */
    public String formatted() {
        return filerCode + "-" + number + "-" + checkDigit;
    }

    /** Without hyphens, as the entry is keyed: {@code ABC12345676}. */
    public String compact() {
        return filerCode + number + checkDigit;
    }

    @Override
    public String toString() {
        return formatted();
    }
}
