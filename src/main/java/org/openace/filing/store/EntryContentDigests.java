package org.openace.filing.store;

import org.openace.filing.Form7501;
import org.openace.filing.json.FilingJson;
import org.openace.filing.json.Form7501Writer;
import org.openace.platform.FieldCipher;
import org.springframework.stereotype.Component;

/**
 * The keyed digest of an entry summary's whole content ({@code entry_summary_version.content_digest}): the same
 * summary sent again has the same digest, so it is recognized as a version already filed. One definition for every
 * writer of versions (the intake and the generator), so that a generated summary filed again is recognized too.
 */
@Component
public class EntryContentDigests {

    private static final String PURPOSE = "entry-summary-content";

    private final FieldCipher cipher;

    EntryContentDigests(FieldCipher cipher) {
        this.cipher = cipher;
    }

    /** The canonical text digested: the summary as {@link Form7501Writer} writes it, importer numbers in full. */
    public static String canonical(Form7501 form) {
        return FilingJson.MAPPER.writeValueAsString(Form7501Writer.write(form, Form7501Writer.ImporterNumbers.FULL));
    }

    public byte[] of(Form7501 form) {
        return of(canonical(form));
    }

    /** The digest of a summary's {@link #canonical} text, for a writer that has it already. */
    public byte[] of(String canonical) {
        return cipher.lookupDigest(PURPOSE, canonical);
    }
}
