/**
 * Partner agency users at work (issue 11, G2): entries and lines searched and opened within their agency's agreement,
 * each record shown entered in the accounting of disclosures; holds placed and lifted where the agreement gives the
 * agency that authority; and the officers' page of that accounting per importer.
 */
@NullMarked
package org.openace.agency.entries;

import org.jspecify.annotations.NullMarked;
