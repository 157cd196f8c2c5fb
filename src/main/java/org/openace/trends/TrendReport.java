package org.openace.trends;

import java.time.Instant;

/** The answers of one run of the trends page: the totals and the figures by each dimension, as of the feed's time. */
record TrendReport(TrendFilter filter, TrendScope scope, TrendRow totals, TrendTable months, TrendTable hts,
                   TrendTable countries, TrendTable ports, TrendTable entryTypes, Instant asOf) {
}
