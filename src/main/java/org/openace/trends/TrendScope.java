package org.openace.trends;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openace.agency.AgencyAgreement;

/**
 * Whose share of the national figures a question reads: all of it (customs officers), or only the rows whose HTS
 * number starts with one of an agency's agreement's prefixes (partner agency users), enforced in the query's WHERE
 * clause. An agreement that covers nothing reads nothing.
 *
 * @param htsPrefixes the prefixes a row must start with; null for all rows
 */
record TrendScope(@Nullable List<String> htsPrefixes, @Nullable AgencyAgreement agreement) {

    static TrendScope national() {
        return new TrendScope(null, null);
    }

    static TrendScope within(AgencyAgreement agreement) {
        return new TrendScope(agreement.htsPrefixes(), agreement);
    }

    boolean isNational() {
        return htsPrefixes == null;
    }
}
