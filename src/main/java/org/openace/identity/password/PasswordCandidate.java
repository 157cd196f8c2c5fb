package org.openace.identity.password;

import java.text.Normalizer;
import java.util.List;

/**
 * A password someone proposes, with the words of their own context it must not contain. The password is
 * normalized (Unicode NFKC) as NIST SP 800-63B asks, and never appears in {@link #toString()}.
 *
 * @param password     the proposed password, normalized
 * @param contextWords the user ID, name parts and e-mail local part, in any case
 */
public record PasswordCandidate(String password, List<String> contextWords) {

    public PasswordCandidate {
        password = Normalizer.normalize(password == null ? "" : password, Normalizer.Form.NFKC);
        contextWords = List.copyOf(contextWords);
    }

    public int length() {
        return password.codePointCount(0, password.length());
    }

    @Override
    public String toString() {
        return "PasswordCandidate[****]";
    }
}
