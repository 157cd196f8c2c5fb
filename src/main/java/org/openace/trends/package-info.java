/**
 * National trend analysis (issue 10 X5): value, duty, lines and entries by month of entry date, HTS chapter, heading
 * and subheading, country of origin, port of entry and entry type, across all accounts and without personal data
 * (never an importer number, name or tax identifier, not even masked), read from this node's analytics store. For
 * customs officers over everything, with drill-down from a chapter to its headings and subheadings and from a month to
 * its entries; for partner agency users only within their agency's agreement (enforced inside the query), each of
 * their runs recorded in the accounting of disclosures and audited.
 */
@NullMarked
package org.openace.trends;

import org.jspecify.annotations.NullMarked;
