package org.openace.review.protest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openace.filing.EntryNumber;

/**
 * What the trade types to file a protest, as typed, and its check field by field: the entry numbers (one to
 * {@value #ENTRIES_MAX}, separated by commas, spaces or lines), what is protested, the claims and the arguments.
 */
public record ProtestInput(@Nullable String entries, @Nullable String category, @Nullable String claims,
                           @Nullable String arguments) {

    static final int ENTRIES_MAX = 50;
    static final int CLAIMS_MAX = 8000;
    static final int ARGUMENTS_MAX = 20000;

    /** The checked values. */
    public record Checked(List<EntryNumber> entries, ProtestCategory category, String claims, String arguments) {
    }

    /** The errors by field name; empty when the input may be filed. */
    public Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        check(errors);
        return errors;
    }

    public Checked checked() {
        Map<String, String> errors = new LinkedHashMap<>();
        Checked checked = check(errors);
        if (checked == null) {
            throw new IllegalArgumentException("Not a valid protest: " + errors);
        }
        return checked;
    }

    private @Nullable Checked check(Map<String, String> errors) {
        Set<EntryNumber> numbers = new LinkedHashSet<>();
        List<String> wrong = new ArrayList<>();
        for (String typed : (entries == null ? "" : entries).split("[\\s,;]+")) {
            if (!typed.isBlank()) {
                EntryNumber.tryParse(typed).ifPresentOrElse(numbers::add, () -> wrong.add(typed));
            }
        }
        if (!wrong.isEmpty()) {
            errors.put("entries", "Not entry numbers: " + String.join(", ", wrong.stream().limit(5).toList())
                    + ". Type each as XXX-NNNNNNN-C.");
        }
        else if (numbers.isEmpty()) {
            errors.put("entries", "Type the entry numbers the protest covers.");
        }
        else if (numbers.size() > ENTRIES_MAX) {
            errors.put("entries", "A protest covers at most " + ENTRIES_MAX + " entries; file several.");
        }
        ProtestCategory checkedCategory = Arrays.stream(ProtestCategory.values())
                .filter(c -> c.name().equalsIgnoreCase(category == null ? "" : category.strip())).findFirst()
                .orElse(null);
        if (checkedCategory == null) {
            errors.put("category", "Choose the decision protested.");
        }
        String claimsText = claims == null ? "" : claims.strip();
        if (claimsText.isEmpty() || claimsText.length() > CLAIMS_MAX) {
            errors.put("claims", claimsText.isEmpty() ? "Say what you claim (for example the classification or "
                    + "value you hold right and the refund that follows)." : "Write at most " + CLAIMS_MAX
                    + " characters.");
        }
        String argumentsText = arguments == null ? "" : arguments.strip();
        if (argumentsText.isEmpty() || argumentsText.length() > ARGUMENTS_MAX) {
            errors.put("arguments", argumentsText.isEmpty() ? "Give the reasons for the protest."
                    : "Write at most " + ARGUMENTS_MAX + " characters; attach longer texts as documents.");
        }
        if (!errors.isEmpty() || checkedCategory == null) {
            return null;
        }
        return new Checked(List.copyOf(numbers), checkedCategory, claimsText, argumentsText);
    }
}
