package org.openace.filing.generator;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.openace.reference.HtsNumber;

/**
 * The HTS statistical numbers under which the products of the AD/CVD cases of the reference sample are "currently
 * classifiable", as the scope of each order says. The case file on file names a case's country, product and cash
 * deposit rate but not its HTS numbers, so they are kept here, from the published scope, for the cases whose numbers
 * are in the HTS sample; a case not listed here gets no generated lines.
 */
final class AdCvdScopes {

    /**
     * Seamless refined copper pipe and tube from China (A-570-964) and Mexico (A-201-838): "currently classifiable
     * under subheadings 7411.10.1030 and 7411.10.1090" (75 FR 71070, Nov 22, 2010, the orders; repeated in the sunset
     * reviews, e.g. 81 FR 93664, Dec 21, 2016).
     */
    private static final List<HtsNumber> COPPER_PIPE = List.of(HtsNumber.of("7411.10.10.30"),
            HtsNumber.of("7411.10.10.90"));

    /** By case number, in case number order (the generator draws from them in this order, the same every run). */
    static final SortedMap<String, List<HtsNumber>> BY_CASE = Collections.unmodifiableSortedMap(new TreeMap<>(
            Map.of("A-570-964", COPPER_PIPE, "A-201-838", COPPER_PIPE)));

    private AdCvdScopes() {
    }
}
