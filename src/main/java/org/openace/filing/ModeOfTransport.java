package org.openace.filing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The mode of transportation of Form 7501 Block 9, as a 2-digit code. CBP's codes build on UN/ECE Recommendation 19
 * (1 maritime, 2 rail, 3 road, 4 air), the second digit telling containerized cargo. The CBP table itself (CATAIR
 * Appendix B "Mode of Transportation Codes") could not be retrieved when this was written: the codes below are the
 * commonly used ones, not checked against CBP's text, and codes beyond them (mail, pipeline, ...) are left out until
 * they are.
 */
public enum ModeOfTransport {

    /** Vessel, non-container. */
    VESSEL("10"),
    /** Vessel, container. */
    VESSEL_CONTAINER("11"),
    /** Rail, non-container. */
    RAIL("20"),
    /** Rail, container. */
    RAIL_CONTAINER("21"),
    /** Truck, non-container. */
    TRUCK("30"),
    /** Truck, container. */
    TRUCK_CONTAINER("31"),
    /** Air, non-container. */
    AIR("40"),
    /** Air, container. */
    AIR_CONTAINER("41");

    private final String code;

    ModeOfTransport(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ModeOfTransport> ofCode(String code) {
        String text = code == null ? "" : code.strip();
        return Arrays.stream(values()).filter(m -> m.code.equals(text)).findFirst();
    }

    /** Shipments by vessel (10, 11): the only ones the harbor maintenance fee applies to (19 CFR 24.24). */
    public boolean isVessel() {
        return this == VESSEL || this == VESSEL_CONTAINER;
    }
}
