/**
 * Upload of a file of many entry summaries (F2), on the web and by API: JSON lines or CSV, stored whole first (or not
 * at all), answered at once with the job's id, then filed summary by summary in the background through
 * {@link org.openace.filing.intake.FileEntrySummary} by a worker on any node, with a result per summary by its line
 * number in the file and the progress counted as it goes.
 */
@NullMarked
package org.openace.filing.upload;

import org.jspecify.annotations.NullMarked;
