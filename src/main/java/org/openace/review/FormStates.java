package org.openace.review;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where CBP forms stand now, for the modules that show or route them (the notifications inbox): each form's answer
 * state as of today and the officer it is assigned to. Read live, so a list that shows it is never behind the form.
 */
public interface FormStates {

    /** Where a form stands in its conversation with the trade. */
    enum AnswerState {
        /** An answer is asked and not yet due. */
        OPEN("Open: awaiting the answer"),
        /** An answer is asked and its due date has passed. */
        OVERDUE("Overdue: no answer by the due date"),
        /** The trade answered; CBP reviews the answer. */
        ANSWERED("Answered: under CBP review"),
        /** A notice of an action taken: no answer is asked. */
        NOTICE("Notice: no answer asked"),
        /** Closed by the officer. */
        CLOSED("Closed");

        private final String title;

        AnswerState(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** A form as it stands: its answer state, the due date of the answer asked (if any), its assigned officer. */
    record FormState(String actionNumber, AnswerState state, @Nullable LocalDate dueOn, @Nullable UUID assignedTo) {
    }

    /** The forms of these action numbers that exist, by action number. */
    Map<String, FormState> of(Collection<String> actionNumbers);
}
