package org.openace.review.form;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The CBP forms an officer issues on an entry: what each is called, how its action numbers start, its notices (none
 * for a Form 28), and the days the trade has to answer by default (none where no answer is asked).
 */
public enum FormKind {
    /** CBP Form 28, Request for Information (19 U.S.C. 1509): questions to answer within 30 days. */
    CF28("CBP Form 28", "Request for Information", "28", List.of(), 30),
    /**
     * CBP Form 29, Notice of Action: a proposed action the trade may answer within 20 days, or an action taken, of
     * which it is told (it may then file a post-summary correction or, after liquidation, a protest).
     */
    CF29("CBP Form 29", "Notice of Action", "29", List.of(Notice.PROPOSED, Notice.TAKEN), 20),
    /** CBP Form 4647, Notice to Mark and/or Notice to Redeliver: the trade shows within 30 days what it has done. */
    CF4647("CBP Form 4647", "Notice to Mark and/or Notice to Redeliver", "4647",
            List.of(Notice.MARK, Notice.REDELIVER), 30);

    private final String title;
    private final String name;
    private final String numberPrefix;
    private final List<Notice> notices;
    private final int answerDays;

    FormKind(String title, String name, String numberPrefix, List<Notice> notices, int answerDays) {
        this.title = title;
        this.name = name;
        this.numberPrefix = numberPrefix;
        this.notices = notices;
        this.answerDays = answerDays;
    }

    /** "CBP Form 28". */
    public String title() {
        return title;
    }

    /** "Request for Information". */
    public String formName() {
        return name;
    }

    public String numberPrefix() {
        return numberPrefix;
    }

    public List<Notice> notices() {
        return notices;
    }

    /** The calendar days the trade has to answer by default (moved to the next working day). */
    public int answerDays() {
        return answerDays;
    }

    /** Whether the trade is asked to answer a form of this kind with this notice. */
    public boolean asksAnswer(Notice notice) {
        return notice != Notice.TAKEN;
    }

    /** The path segment and form field value: "cf28", "cf29", "cf4647". */
    public String path() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<FormKind> ofPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path().equals(path)).findFirst();
    }

    /** What kind of notice a Form 29 or 4647 is; a Form 28 has {@link #NONE}. */
    public enum Notice {
        NONE("Request for information"),
        PROPOSED("Proposed action"),
        TAKEN("Action taken"),
        MARK("Notice to mark"),
        REDELIVER("Notice to redeliver");

        private final String title;

        Notice(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }
}
