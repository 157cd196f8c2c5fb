/**
 * Reports and national trend analysis (issue 10): the analytics store beside each node, an embedded DuckDB file of
 * the report-shaped columns of entry summaries (one row per summary, one per tariff ordinal) and of the payments
 * module's statements (one row per statement), fed by pulling the filing module's change feed and the payments
 * module's statement feed from PostgreSQL, rebuilt from PostgreSQL on demand, and exported as Parquet partitioned
 * by month for the distributed engines (Trino, Spark) that take over past one machine (docs/adr/013-analytics-store.md).
 */
@NullMarked
package org.openace.analytics;

import org.jspecify.annotations.NullMarked;
