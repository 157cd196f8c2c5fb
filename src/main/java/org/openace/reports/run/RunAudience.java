package org.openace.reports.run;

/**
 * Whose view a run is of: a trade user's, narrowed inside its query to the data their rights reach; or a customs
 * officer's, over every account (partner agency users run no standard report: their national trends are the trends
 * module's).
 */
public enum RunAudience {
    TRADE, CUSTOMS
}
