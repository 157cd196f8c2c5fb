package org.openace.filing.officer;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.openace.filing.Money;

/**
 * The values of an officer's move as typed on a page or sent to the API, checked for their form before the entry is
 * touched: every field that is wrong is named at once, with what it should be. Whether the entry's state allows the
 * move is not decided here but by the entry summary.
 *
 * @param reasons         a rejection's reasons (1 to {@value #MAX_REASONS})
 * @param authority       who holds the cargo: CBP or a partner agency's code
 * @param reason          a hold's or an extension's reason
 * @param holdNumber      the number of the hold to lift
 * @param liquidationDate the Friday to liquidate on, as {@code yyyy-mm-dd}
 * @param amount          the amount liquidated, in dollars and cents
 */
record MoveInput(@Nullable List<String> reasons, @Nullable String authority, @Nullable String reason,
                 @Nullable String holdNumber, @Nullable String liquidationDate, @Nullable String amount) {

    static final int MAX_REASONS = 10;
    static final int MAX_REASON_LENGTH = 500;
    private static final Pattern AUTHORITY = Pattern.compile("[A-Z][A-Z0-9]{1,9}");
    private static final Pattern PRINTABLE = Pattern.compile("[[\\P{Cc}&&\\P{Cs}]\\r\\n\\t]*");
    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,12}(\\.[0-9]{1,2})?");
    private static final Pattern HOLD_NUMBER = Pattern.compile("[1-9][0-9]{0,2}");

    /** A value that is wrong, by the name of its field. */
    record FieldError(String field, String message) {
    }

    /** The move, or every field that is wrong. */
    sealed interface Checked {
    }

    record Valid(OfficerMove move) implements Checked {
    }

    record Invalid(List<FieldError> errors) implements Checked {

        Invalid {
            errors = List.copyOf(errors);
        }
    }

    static MoveInput empty() {
        return new MoveInput(null, null, null, null, null, null);
    }

    /** A rejection's reasons typed one to a line. */
    static List<String> lines(@Nullable String typed) {
        if (typed == null) {
            return List.of();
        }
        return typed.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    Checked check(MoveKind kind) {
        List<FieldError> errors = new ArrayList<>();
        OfficerMove move = switch (kind) {
            case REJECT -> new OfficerMove.Reject(reasons(errors));
            case HOLD -> new OfficerMove.PlaceHold(authority(errors), text("reason", reason, errors,
                    "Enter the reason for the hold: the importer and the broker read it"));
            case LIFT_HOLD -> new OfficerMove.LiftHold(holdNumber(errors));
            case RELEASE -> new OfficerMove.Release();
            case SCHEDULE_LIQUIDATION -> new OfficerMove.ScheduleLiquidation(friday(errors));
            case LIQUIDATE -> new OfficerMove.Liquidate(amount(errors));
            case EXTEND -> new OfficerMove.Extend(text("reason", reason, errors,
                    "Enter the reason for extending liquidation"));
        };
        return errors.isEmpty() ? new Valid(move) : new Invalid(errors);
    }

    private List<String> reasons(List<FieldError> errors) {
        List<String> given = reasons == null ? List.of()
                : reasons.stream().map(r -> r == null ? "" : r.strip()).filter(r -> !r.isEmpty()).toList();
        if (given.isEmpty()) {
            errors.add(new FieldError("reasons", "Enter the reasons for rejecting the entry summary, one to a line"));
        }
        else if (given.size() > MAX_REASONS) {
            errors.add(new FieldError("reasons", "Give at most " + MAX_REASONS + " reasons, not " + given.size()));
        }
        else if (given.stream().anyMatch(r -> r.length() > MAX_REASON_LENGTH)) {
            errors.add(new FieldError("reasons", "Write each reason in at most " + MAX_REASON_LENGTH + " characters"));
        }
        else if (given.stream().anyMatch(r -> !PRINTABLE.matcher(r).matches())) {
            errors.add(new FieldError("reasons", "Use letters, digits and punctuation only"));
        }
        return given;
    }

    private String authority(List<FieldError> errors) {
        String typed = authority == null ? "" : authority.strip();
        if (!AUTHORITY.matcher(typed).matches()) {
            errors.add(new FieldError("authority",
                    "Enter who holds the cargo: CBP or a partner agency's code of 2 to 10 capital letters or digits, such as FDA"));
            return "CBP";
        }
        return typed;
    }

    private static String text(String field, @Nullable String typed, List<FieldError> errors, String missing) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            errors.add(new FieldError(field, missing));
        }
        else if (text.length() > MAX_REASON_LENGTH) {
            errors.add(new FieldError(field, "Write the reason in at most " + MAX_REASON_LENGTH + " characters"));
        }
        else if (!PRINTABLE.matcher(text).matches()) {
            errors.add(new FieldError(field, "Use letters, digits, punctuation and line breaks only"));
        }
        return text.isEmpty() ? "-" : text;
    }

    private int holdNumber(List<FieldError> errors) {
        String typed = holdNumber == null ? "" : holdNumber.strip();
        if (!HOLD_NUMBER.matcher(typed).matches()) {
            errors.add(new FieldError("holdNumber", "Enter the number of the hold to lift, such as 1"));
            return 1;
        }
        return Integer.parseInt(typed);
    }

    private LocalDate friday(List<FieldError> errors) {
        String typed = liquidationDate == null ? "" : liquidationDate.strip();
        LocalDate date;
        try {
            date = LocalDate.parse(typed);
        }
        catch (DateTimeParseException e) {
            errors.add(new FieldError("liquidationDate", "Enter the liquidation date as year-month-day, such as 2027-01-08"));
            return LocalDate.EPOCH;
        }
        if (date.getDayOfWeek() != DayOfWeek.FRIDAY) {
            errors.add(new FieldError("liquidationDate", "Liquidations are scheduled on Fridays: " + date + " is a "
                    + date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.US)));
        }
        return date;
    }

    private Money amount(List<FieldError> errors) {
        String typed = amount == null ? "" : amount.strip().replace(",", "");
        if (typed.startsWith("-")) {
            errors.add(new FieldError("amount", "A liquidated amount is not negative"));
            return Money.ZERO;
        }
        if (!AMOUNT.matcher(typed).matches()) {
            errors.add(new FieldError("amount", "Enter the amount in dollars and cents, such as 34.64"));
            return Money.ZERO;
        }
        return Money.of(new BigDecimal(typed));
    }
}
