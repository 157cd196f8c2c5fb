package org.openace.site.notice;

/** How a site notice is shown. */
public enum NoticeSeverity {
    INFO("usa-alert--info"),
    WARNING("usa-alert--warning"),
    SUCCESS("usa-alert--success");

    private final String alertClass;

    NoticeSeverity(String alertClass) {
        this.alertClass = alertClass;
    }

    public String alertClass() {
        return alertClass;
    }
}
