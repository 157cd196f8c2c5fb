package org.openace.filing.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openace.filing.SummaryTotals;
import org.openace.filing.validation.RuleViolation;

/** The JSON answers of the filing API, as the API description (schema {@code FilingAnswer}) gives them. */
final class EntrySummaryAnswers {

    static final String RULES_BROKEN = "RULES_BROKEN";
    static final String NOT_CORRECTABLE = "ENTRY_NOT_CORRECTABLE";

    private EntrySummaryAnswers() {
    }

    static String self(FilingOutcome.Filed filed) {
        return "/api/v1/entry-summaries/" + filed.entryNumber().formatted();
    }

    static Map<String, Object> filed(FilingOutcome.Filed filed) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entryNumber", filed.entryNumber().formatted());
        body.put("version", filed.version());
        body.put("outcome", filed.corrected() ? "CORRECTED" : "FILED");
        body.put("status", filed.status().name());
        body.put("releaseStatus", filed.releaseStatus().name());
        body.put("totals", totals(filed.totals()));
        body.put("liquidationDeadline", filed.liquidationDeadline().toString());
        body.put("links", Map.of("self", self(filed)));
        return body;
    }

    static List<Map<String, String>> errors(List<RuleViolation> violations) {
        return violations.stream().map(v -> {
            Map<String, String> error = new LinkedHashMap<>();
            error.put("code", v.code());
            error.put("field", v.field());
            error.put("message", v.message());
            return error;
        }).toList();
    }

    static String rulesBrokenDetail(int count) {
        return count == 1 ? "The entry summary breaks 1 rule; nothing was stored."
                : "The entry summary breaks " + count + " rules; nothing was stored.";
    }

    static String notCorrectableDetail(FilingOutcome.NotCorrectable refused) {
        return "Entry " + refused.entryNumber().formatted() + " is " + refused.status().name()
                + ": a changed summary is a correction only while it is ACCEPTED or REJECTED. Nothing was stored.";
    }

    private static Map<String, String> totals(SummaryTotals totals) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("enteredValue", totals.enteredValue().amount().toPlainString());
        body.put("duty", totals.duty().amount().toPlainString());
        body.put("tax", totals.tax().amount().toPlainString());
        body.put("fees", totals.fees().amount().toPlainString());
        body.put("other", totals.other().amount().toPlainString());
        body.put("amountDue", totals.total().amount().toPlainString());
        return body;
    }
}
