package org.openace.review.protest;

/** What a protest is against: the decisions of 19 U.S.C. 1514(a) the trade protests most. */
public enum ProtestCategory {
    CLASSIFICATION("Classification and rate of duty"),
    VALUE("Appraised value"),
    RATE("Rate of duty, other than by classification (preference, exclusion)"),
    ADCVD("Antidumping or countervailing duty"),
    FEES("Charges and exactions (fees)"),
    LIQUIDATION("The liquidation or reliquidation itself"),
    OTHER("Other decision");

    private final String title;

    ProtestCategory(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
