/**
 * Reference data loaded from the formats in which they are published: the USITC Harmonized Tariff Schedule (kept by
 * edition, each in force from its effective date), CBP Schedule D ports, ISO 3166-1 countries, entry type codes, fee
 * rates by fiscal year (MPF, HMF, the informal entry fee), AD/CVD case numbers, U.S. federal holidays with the
 * working days counted from them, and the importer records (CBP Form 5106 data) that entries point to. Every load is
 * recorded with its file's digest and audited; the same file loaded again changes nothing.
 */
@NullMarked
package org.openace.reference;

import org.jspecify.annotations.NullMarked;
