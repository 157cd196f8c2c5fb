/**
 * The generator of synthetic entry summaries (issue 9, F7): {@code admin generate-entries --entries=N --seed=S} and
 * the demo profile's entries. Every summary is built as a {@link org.openace.filing.Form7501} from the reference data
 * loaded (HTS numbers in force on the entry date, ports, countries, the fiscal year's fee rates), passes every
 * validation rule, goes through the entry summary's own lifecycle moves (rejected, corrected, held), and is written
 * with PostgreSQL COPY in the formats the intake writes. The same seed gives the same rows.
 */
@NullMarked
package org.openace.filing.generator;

import org.jspecify.annotations.NullMarked;
