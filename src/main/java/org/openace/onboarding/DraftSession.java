package org.openace.onboarding;

import java.io.Serial;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

/**
 * The application a browser session is editing, and what was typed on a step but could not be saved yet (it had
 * errors and the applicant went back). The saved draft lives in the database; the session holds only its id and
 * that unsaved typing, never a tax identifier or importer number.
 */
final class DraftSession {

    private static final String KEY = DraftSession.class.getName();
    private static final String SUBMITTED_KEY = DraftSession.class.getName() + ".submitted";

    /** The state kept in the session. */
    record Draft(UUID applicationId, Map<ApplicationStep, StepForm> unsaved) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        Draft {
            EnumMap<ApplicationStep, StepForm> copy = new EnumMap<>(ApplicationStep.class);
            copy.putAll(unsaved);
            unsaved = copy;
        }
    }

    /** A step's typed values, as kept in the session: without personal data. */
    interface StepForm extends Serializable {

        /** The same values with tax identifiers and importer numbers left out. */
        StepForm withoutPersonalData();
    }

    /** What the confirmation page shows after submitting. */
    record Submission(String reference, boolean again) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    private DraftSession() {
    }

    static Optional<UUID> applicationId(HttpSession session) {
        return draft(session).map(Draft::applicationId);
    }

    static void hold(HttpSession session, UUID applicationId) {
        session.setAttribute(KEY, new Draft(applicationId, Map.of()));
    }

    static void forget(HttpSession session) {
        session.removeAttribute(KEY);
    }

    static <F extends StepForm> Optional<F> unsaved(HttpSession session, ApplicationStep step, Class<F> type) {
        return draft(session).map(d -> d.unsaved().get(step)).filter(type::isInstance).map(type::cast);
    }

    static void keepUnsaved(HttpSession session, ApplicationStep step, StepForm form) {
        draft(session).ifPresent(draft -> {
            Map<ApplicationStep, StepForm> unsaved = new EnumMap<>(ApplicationStep.class);
            unsaved.putAll(draft.unsaved());
            unsaved.put(step, form.withoutPersonalData());
            session.setAttribute(KEY, new Draft(draft.applicationId(), unsaved));
        });
    }

    static void saved(HttpSession session, ApplicationStep step) {
        draft(session).filter(d -> d.unsaved().containsKey(step)).ifPresent(draft -> {
            Map<ApplicationStep, StepForm> unsaved = new EnumMap<>(ApplicationStep.class);
            unsaved.putAll(draft.unsaved());
            unsaved.remove(step);
            session.setAttribute(KEY, new Draft(draft.applicationId(), unsaved));
        });
    }

    static void submitted(HttpSession session, Submission submission) {
        session.removeAttribute(KEY);
        session.setAttribute(SUBMITTED_KEY, submission);
    }

    static Optional<Submission> submission(HttpSession session) {
        return Optional.ofNullable(session.getAttribute(SUBMITTED_KEY)).filter(Submission.class::isInstance)
                .map(Submission.class::cast);
    }

    private static Optional<Draft> draft(@Nullable HttpSession session) {
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(KEY))
                .filter(Draft.class::isInstance).map(Draft.class::cast);
    }
}
