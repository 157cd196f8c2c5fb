package org.openace.reports.run;

/**
 * Whose view a run is of: a trade user's, narrowed inside its query to the data their rights reach; a customs
 * officer's, over every account; or a filer's software with an API token ({@link #FILER}), narrowed to the entries its
 * filer sub-account filed (partner agency users run no standard report: their national trends are the trends
 * module's).
 */
public enum RunAudience {
    TRADE, CUSTOMS,
    /** An API token of a filer sub-account: the entries that sub-account filed, as the entry search API gives it. */
    FILER
}
