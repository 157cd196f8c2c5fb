package org.openace.payment.statement;

/**
 * Where a statement's payment stands, by the codes ACE's statement reports use (CSMS #18-000087): not paid (nor
 * authorized), authorized for payment but not fully processed, paid.
 */
enum StatementStatus {
    NP("Not paid"),
    AU("Authorized"),
    PD("Paid");

    private final String title;

    StatementStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public String code() {
        return name();
    }
}
