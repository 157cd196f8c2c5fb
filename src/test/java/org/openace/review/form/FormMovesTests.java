package org.openace.review.form;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openace.account.PortCode;
import org.openace.review.form.FormKind.Notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The form's state machine: answer, ask again, close; overdue by the due date; every refused move with its code. */
class FormMovesTests {

    static final LocalDate ISSUED = LocalDate.of(2026, 12, 1);
    static final LocalDate DUE = LocalDate.of(2026, 12, 31);
    static final Instant AT = Instant.parse("2026-12-02T15:00:00Z");

    @Test
    void aForm28IsAnsweredAskedAgainAnsweredAndClosed() {
        CbpForm form = form(FormKind.CF28, Notice.NONE, FormStatus.AWAITING_ANSWER);
        CbpForm answered = FormMoves.answer(form, AT);
        assertThat(answered.status()).isEqualTo(FormStatus.ANSWERED);
        assertThat(answered.answeredAt()).isEqualTo(AT);
        CbpForm again = FormMoves.askAgain(answered, LocalDate.of(2027, 1, 20), LocalDate.of(2026, 12, 10));
        assertThat(again.status()).isEqualTo(FormStatus.AWAITING_ANSWER);
        assertThat(again.round()).isEqualTo(2);
        assertThat(again.dueOn()).isEqualTo(LocalDate.of(2027, 1, 20));
        assertThat(again.answeredAt()).isNull();
        CbpForm closed = FormMoves.close(FormMoves.answer(again, AT), "officer", AT);
        assertThat(closed.status()).isEqualTo(FormStatus.CLOSED);
        assertThat(closed.closedByName()).isEqualTo("officer");
        assertThat(closed.round()).isEqualTo(2);
    }

    @Test
    void overdueOnlyAfterTheDueDateAndOnlyWhileAnAnswerIsAwaited() {
        CbpForm form = form(FormKind.CF28, Notice.NONE, FormStatus.AWAITING_ANSWER);
        assertThat(form.overdue(DUE)).isFalse();
        assertThat(form.overdue(DUE.plusDays(1))).isTrue();
        assertThat(form.dueWithin(DUE.minusDays(7), 7)).isTrue();
        assertThat(form.dueWithin(DUE.minusDays(8), 7)).isFalse();
        assertThat(FormMoves.answer(form, AT).overdue(DUE.plusDays(5))).isFalse();
        assertThat(form(FormKind.CF29, Notice.TAKEN, FormStatus.NOTIFIED).overdue(DUE.plusDays(5))).isFalse();
    }

    @Test
    void refusedMovesSayWhy() {
        CbpForm waiting = form(FormKind.CF28, Notice.NONE, FormStatus.AWAITING_ANSWER);
        CbpForm answered = FormMoves.answer(waiting, AT);
        CbpForm closed = FormMoves.close(waiting, "officer", AT);
        CbpForm notice = form(FormKind.CF29, Notice.TAKEN, FormStatus.NOTIFIED);
        assertCode(() -> FormMoves.answer(answered, AT), "FORM_ALREADY_ANSWERED");
        assertCode(() -> FormMoves.answer(closed, AT), "FORM_CLOSED");
        assertCode(() -> FormMoves.answer(notice, AT), "NO_ANSWER_ASKED");
        assertCode(() -> FormMoves.askAgain(waiting, DUE, ISSUED), "NOT_ANSWERED");
        assertCode(() -> FormMoves.askAgain(notice, DUE, ISSUED), "NOT_ANSWERED");
        assertCode(() -> FormMoves.askAgain(closed, DUE, ISSUED), "FORM_CLOSED");
        assertCode(() -> FormMoves.askAgain(answered, ISSUED, ISSUED), "DUE_DATE_PAST");
        assertCode(() -> FormMoves.close(closed, "officer", AT), "FORM_CLOSED");
        assertThat(FormMoves.close(notice, "officer", AT).status()).isEqualTo(FormStatus.CLOSED);
    }

    @Test
    void theKindsAskAnswersAsCbpDoes() {
        assertThat(FormKind.CF28.answerDays()).isEqualTo(30);
        assertThat(FormKind.CF29.answerDays()).isEqualTo(20);
        assertThat(FormKind.CF29.asksAnswer(Notice.PROPOSED)).isTrue();
        assertThat(FormKind.CF29.asksAnswer(Notice.TAKEN)).isFalse();
        assertThat(FormKind.CF4647.notices()).containsExactly(Notice.MARK, Notice.REDELIVER);
        assertThat(form(FormKind.CF29, Notice.PROPOSED, FormStatus.AWAITING_ANSWER).title())
                .isEqualTo("CBP Form 29, Notice of Action (proposed action)");
    }

    @Test
    void issueInputIsCheckedFieldByField() {
        LocalDate today = LocalDate.of(2026, 12, 6);
        assertThat(new IssueInput(null, "VALUE", "Questions", null, null).errors(FormKind.CF28, today)).isEmpty();
        assertThat(new IssueInput(null, "nonsense", "", null, "2026-13-01").errors(FormKind.CF28, today))
                .containsOnlyKeys("subject", "body", "dueOn");
        assertThat(new IssueInput("PROPOSED", "VALUE", "Notice", "", null).errors(FormKind.CF29, today))
                .containsOnlyKeys("entryChange");
        assertThat(new IssueInput("MARK", "MARKING", "Mark", "Change", null).errors(FormKind.CF29, today))
                .containsOnlyKeys("notice");
        assertThat(new IssueInput(null, "VALUE", "Q", null, "2026-12-06").errors(FormKind.CF28, today))
                .containsOnlyKeys("dueOn");
        assertThat(new IssueInput(null, "VALUE", "x".repeat(IssueInput.BODY_MAX + 1), null, null)
                .errors(FormKind.CF28, today)).containsOnlyKeys("body");
        IssueInput.Checked checked = new IssueInput("taken", "value", " Notice ", "Change", "2027-01-05")
                .checked(FormKind.CF29, today);
        assertThat(checked.notice()).isEqualTo(Notice.TAKEN);
        assertThat(checked.body()).isEqualTo("Notice");
        assertThat(checked.dueOn()).as("a notice of an action taken asks no answer").isNull();
    }

    private static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable move, String code) {
        assertThatThrownBy(move).isInstanceOfSatisfying(FormRefused.class, r -> assertThat(r.code()).isEqualTo(code));
    }

    private static CbpForm form(FormKind kind, Notice notice, FormStatus status) {
        return new CbpForm("28-2026-000001", kind, notice, "D3M12345678", new PortCode("0101"), "D3M", "12-34*****",
                FormSubject.VALUE, "Questions", null, status, 1, UUID.randomUUID(), "officer",
                AT, ISSUED, status == FormStatus.NOTIFIED ? null : DUE, null, null, null, null, null);
    }
}
