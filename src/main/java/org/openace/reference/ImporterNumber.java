package org.openace.reference;

import java.util.Optional;

import org.openace.account.TradeIdentifier;
import org.openace.privacy.TaxIdentifier;

/**
 * The importer of record number of an entry, in one of the forms CBP accepts (the account module's importer number
 * rules, reused here): an IRS number with its 2-character suffix ({@code NN-NNNNNNNXX}), a customs-assigned number
 * ({@code YYDDPP-NNNNN}) or a Social Security number ({@code NNN-NN-NNNN}). IRS and Social Security numbers are
 * personal data: {@link #toString()} is masked, and they are stored encrypted.
 */
public record ImporterNumber(TaxIdentifier identifier) {

    public ImporterNumber {
        if (identifier == null) {
            throw new IllegalArgumentException("An importer number is required");
        }
    }

    public static Optional<ImporterNumber> parse(String typed) {
        return TradeIdentifier.importerNumber(typed).map(ImporterNumber::new);
    }

    /** The full value in its canonical form: personal data for IRS and Social Security numbers. */
    public String value() {
        return identifier.value();
    }

    public boolean isPersonalData() {
        return identifier.kind().isPersonalData();
    }

    /** As shown on screen: masked if personal data. */
    public String display() {
        return identifier.masked();
    }

    @Override
    public String toString() {
        return identifier.toString();
    }
}
