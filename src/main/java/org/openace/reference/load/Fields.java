package org.openace.reference.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

/** Reading typed fields of a CSV record, with messages naming the line and the column. */
final class Fields {

    private Fields() {
    }

    static @Nullable BigDecimal amount(CsvFile.Row row, int index, String column, int scale) {
        String text = row.get(index);
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("\\d{1,10}(\\.\\d{1," + scale + "})?")) {
            throw new MalformedReferenceFileException(row.where(), column + " \"" + text
                    + "\" is not a number with at most " + scale + " decimals (no currency sign, no thousands separator)");
        }
        return new BigDecimal(text);
    }

    static @Nullable LocalDate date(CsvFile.Row row, int index, String column, boolean required) {
        String text = row.get(index);
        if (text.isEmpty() && !required) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        }
        catch (DateTimeParseException e) {
            throw new MalformedReferenceFileException(row.where(), column + " \"" + text + "\" is not a date (YYYY-MM-DD)");
        }
    }

    static String text(CsvFile.Row row, int index, String column, int max, boolean required) {
        String text = row.get(index);
        if (required && text.isEmpty()) {
            throw new MalformedReferenceFileException(row.where(), column + " is empty");
        }
        if (text.length() > max) {
            throw new MalformedReferenceFileException(row.where(), column + " is longer than " + max + " characters");
        }
        return text;
    }
}
