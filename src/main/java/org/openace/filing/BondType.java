package org.openace.filing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The bond type of Form 7501 Block 5, "a single-digit numeric code that corresponds to the bond type". The CBP code
 * table (CATAIR Appendix B "Bond Type Codes") was not retrievable when this was written; 8 (continuous) and 9 (single
 * transaction) are as secondary sources give them, 0 (no bond required, e.g. U.S. Government entries) is the commonly
 * used code, not confirmed by a source.
 */
public enum BondType {

    /** No bond required (not confirmed by a published source). */
    NONE("0"),
    /** A continuous bond on file for the importer. */
    CONTINUOUS("8"),
    /** A single transaction bond for this entry. */
    SINGLE_TRANSACTION("9");

    private final String code;

    BondType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<BondType> ofCode(String code) {
        String text = code == null ? "" : code.strip();
        return Arrays.stream(values()).filter(b -> b.code.equals(text)).findFirst();
    }

    /** Whether a surety code must go with it (Block 4). */
    public boolean needsSurety() {
        return this != NONE;
    }
}
