/**
 * Partner government agencies (issue 10 X5, MISSION G2): the agencies an administrator records (a short code such as
 * {@code FDA} and a name), each agency's agreement with customs (the HTS chapters and headings it covers) and which
 * partner agency users ({@code PGA}) work for which agency, one agency per user. Other modules ask
 * {@link org.openace.agency.PartnerAgencies#agreementOf} what a user's agency may see; programs, personal data and
 * hold authority join the same agreement later (issue 11).
 */
@NullMarked
package org.openace.agency;

import org.jspecify.annotations.NullMarked;
