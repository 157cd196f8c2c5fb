/**
 * Reports (issue 10, X1-X4): the catalog of standard reports under ACE's codes and headers (ES-001, ES-002, ES-003
 * "Entry Summary Line Tariff Details", liquidation and importer trade activity reports, the statement reports REV-101
 * to REV-104), ad hoc reports built from a
 * whitelist of columns and operators, runs in the background with progress, cancel and history, results as a paged
 * table and as CSV, XLSX and PDF, and schedules. Every report reads this node's analytics store
 * ({@link org.openace.analytics.AnalyticsReads}) and is narrowed to what its owner may see inside its query.
 */
@NullMarked
package org.openace.reports;

import org.jspecify.annotations.NullMarked;
