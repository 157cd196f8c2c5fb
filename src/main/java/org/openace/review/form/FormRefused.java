package org.openace.review.form;

/**
 * A move the form's state does not allow (an answer to a closed form, a second close), or one outside the actor's
 * reach (an officer at another port): refused with a sentence for the user and a code for the API; nothing changes.
 */
public class FormRefused extends RuntimeException {

    private final String code;

    public FormRefused(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A short upper-case code, e.g. {@code FORM_CLOSED}. */
    public String code() {
        return code;
    }
}
