package org.openace.review.form;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.openace.review.FormStates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link FormStates} from the forms' rows, in one query, overdue as {@link CbpForm#overdue} says (today by the clock). */
@Component
class StoredFormStates implements FormStates {

    private final JdbcClient jdbc;
    private final Clock clock;

    StoredFormStates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Map<String, FormState> of(Collection<String> actionNumbers) {
        Map<String, FormState> states = new HashMap<>();
        if (actionNumbers.isEmpty()) {
            return states;
        }
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("select action_number, status, due_on, assigned_to from cbp_form where action_number = any(?)")
                .param(actionNumbers.stream().distinct().toArray(String[]::new))
                .query((rs, n) -> {
                    FormStatus status = FormStatus.valueOf(rs.getString("status"));
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    AnswerState state = switch (status) {
                        case AWAITING_ANSWER -> due != null && today.isAfter(due) ? AnswerState.OVERDUE
                                : AnswerState.OPEN;
                        case ANSWERED -> AnswerState.ANSWERED;
                        case NOTIFIED -> AnswerState.NOTICE;
                        case CLOSED -> AnswerState.CLOSED;
                    };
                    return new FormState(rs.getString("action_number"), state, due,
                            rs.getObject("assigned_to", UUID.class));
                }).list().forEach(s -> states.put(s.actionNumber(), s));
        return states;
    }
}
