/**
 * Customs officers' ports and teams (issue 11): the Schedule D ports each officer works and the team they belong to,
 * set by an administrator at {@code /admin/officers} or with {@code admin officer-ports}, each change audited and
 * announced ({@link org.openace.officer.OfficerPortsSet}). Other modules ask {@link org.openace.officer.OfficerPorts}
 * whether an officer works a port (an officer acts only within their ports, and at none until some are set), which
 * officers work some ports (to assign work to) and which teams exist (to filter work queues by).
 */
@NullMarked
package org.openace.officer;

import org.jspecify.annotations.NullMarked;
