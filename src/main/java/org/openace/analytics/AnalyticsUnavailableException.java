package org.openace.analytics;

/** This node keeps no analytics store (it is turned off here), so nothing can be read from one. */
public class AnalyticsUnavailableException extends RuntimeException {

    AnalyticsUnavailableException(String message) {
        super(message);
    }
}
