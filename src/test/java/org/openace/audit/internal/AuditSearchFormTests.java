package org.openace.audit.internal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openace.audit.AuditOutcome;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;

class AuditSearchFormTests {

    private static AuditSearchForm form(String from, String to, String actor, String action, String outcome,
                                        String objectId, String address) {
        return new AuditSearchForm(from, to, actor, action, outcome, objectId, address);
    }

    private static BindingResult errorsOf(AuditSearchForm form) {
        return new BeanPropertyBindingResult(form, "search");
    }

    @Test
    void blankFiltersAreNoFilters() {
        AuditSearchForm form = form(" ", "", null, "  ", "", null, "");
        BindingResult errors = errorsOf(form);

        assertThat(form.toFilter(errors)).isEqualTo(AuditFilter.NONE);
        assertThat(errors.hasErrors()).isFalse();
        assertThat(AuditFilter.NONE.queryString()).isEmpty();
    }

    @Test
    void filtersAreParsedAndTheUserIdLowerCased() {
        AuditSearchForm form = form("2026-03-01", "2026-03-01", " Jane.Broker ", "SIGN_IN", "DENIED", "doc 7", "192.0.2.1");
        BindingResult errors = errorsOf(form);

        AuditFilter filter = form.toFilter(errors);

        assertThat(errors.hasErrors()).isFalse();
        assertThat(filter).isEqualTo(new AuditFilter(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1), "jane.broker",
                "SIGN_IN", AuditOutcome.DENIED, "doc 7", "192.0.2.1"));
        assertThat(filter.queryString()).isEqualTo(
                "from=2026-03-01&to=2026-03-01&actor=jane.broker&action=SIGN_IN&outcome=DENIED&objectId=doc+7&address=192.0.2.1");
    }

    @Test
    void queryStringEncodesWhatWasTyped() {
        AuditFilter filter = new AuditFilter(null, null, null, null, null, "a&b=c+d é", null);

        assertThat(filter.queryString()).isEqualTo("objectId=a%26b%3Dc%2Bd+%C3%A9");
    }

    @Test
    void eachBadFieldGetsItsOwnError() {
        AuditSearchForm form = form("2026-13-45", "31/03/2026", "x".repeat(101), "A".repeat(101), "MAYBE",
                "y".repeat(101), "z".repeat(101));
        BindingResult errors = errorsOf(form);

        form.toFilter(errors);

        assertThat(errors.getFieldError("from").getDefaultMessage()).isEqualTo("Enter a real date, for example 2026-03-31");
        assertThat(errors.getFieldError("to").getDefaultMessage())
                .isEqualTo("Enter the date as YYYY-MM-DD, for example 2026-03-31");
        assertThat(errors.getFieldError("actor").getDefaultMessage()).isEqualTo("Keep the user ID to 100 characters or fewer");
        assertThat(errors.getFieldError("action").getDefaultMessage()).isEqualTo("Keep the action to 100 characters or fewer");
        assertThat(errors.getFieldError("outcome").getDefaultMessage()).isEqualTo("Choose an outcome from the list");
        assertThat(errors.getFieldError("objectId").getDefaultMessage()).isEqualTo("Keep the object ID to 100 characters or fewer");
        assertThat(errors.getFieldError("address").getDefaultMessage())
                .isEqualTo("Keep the client address to 100 characters or fewer");
    }

    @Test
    void controlCharactersAreRefused() {
        AuditSearchForm form = form(null, null, "jane\u0000", null, null, "doc\n7", "192.0.2.1\t");
        BindingResult errors = errorsOf(form);

        form.toFilter(errors);

        assertThat(errors.getFieldError("actor").getDefaultMessage())
                .isEqualTo("Enter the user ID without tabs, line breaks or other control characters");
        assertThat(errors.hasFieldErrors("objectId")).isTrue();
        assertThat(errors.hasFieldErrors("address")).as("a trailing tab is stripped like other blanks").isFalse();
    }

    @Test
    void hundredCharactersAreAllowed() {
        AuditSearchForm form = form(null, null, "x".repeat(100), null, null, null, null);
        BindingResult errors = errorsOf(form);

        assertThat(form.toFilter(errors).actor()).hasSize(100);
        assertThat(errors.hasErrors()).isFalse();
    }

    @Test
    void endBeforeStartIsRefusedButTheSameDayIsNot() {
        AuditSearchForm backwards = form("2026-03-02", "2026-03-01", null, null, null, null, null);
        BindingResult errors = errorsOf(backwards);
        backwards.toFilter(errors);
        assertThat(errors.getFieldError("to").getDefaultMessage()).isEqualTo("The end date must be on or after the start date");

        AuditSearchForm sameDay = form("2026-03-01", "2026-03-01", null, null, null, null, null);
        BindingResult none = errorsOf(sameDay);
        sameDay.toFilter(none);
        assertThat(none.hasErrors()).isFalse();
    }

    @Test
    void impossibleDatesAreRefused() {
        for (String date : new String[] {"2026-02-29", "2026-04-31", "2026-00-10", "0000-01-01"}) {
            AuditSearchForm form = form(date, null, null, null, null, null, null);
            BindingResult errors = errorsOf(form);
            form.toFilter(errors);
            assertThat(errors.hasFieldErrors("from")).as(date).isTrue();
        }
    }
}
