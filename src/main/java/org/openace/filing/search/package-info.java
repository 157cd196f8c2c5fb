/**
 * Entry search and export (F4): what a user may see of the entry summaries, found by dates, type, port, importer,
 * filer, status, HTS and country, sorted and paged by key (page 1,000 costs what page 1 costs), on the web
 * ({@code /entries}), in the API ({@code GET /api/v1/entry-summaries}) and as CSV or XLSX files streamed row by row.
 * Trade users see what {@code AccessControl.scope} gives them for entries, officers everything, an API token what its
 * filer sub-account filed.
 */
@NullMarked
package org.openace.filing.search;

import org.jspecify.annotations.NullMarked;
