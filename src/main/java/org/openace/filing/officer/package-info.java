/**
 * What customs officers do to entry summaries (F3/F6): reject with reasons, hold and lift holds, release cargo,
 * schedule liquidation, liquidate and extend, on their pages and through the API, each move one transaction with its
 * history line, audit record and past-tense event; and the deemed liquidation of entries not liquidated in time.
 */
@NullMarked
package org.openace.filing.officer;

import org.jspecify.annotations.NullMarked;
