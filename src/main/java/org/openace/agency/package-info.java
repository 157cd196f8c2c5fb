/**
 * Partner government agencies (issue 10 X5, issue 11 G2): the agencies an administrator records (a short code such
 * as {@code FDA} and a name), each agency's agreement with customs (the HTS chapters and headings it covers, plainly
 * and by the agency's ACE programs such as FDA's {@code FOO} or APHIS's {@code AVS}; whether personal data, the
 * importer's name and number, may be disclosed to it; whether it may hold cargo) and which partner agency users
 * ({@code PGA}) work for which agency, one agency per user. Other modules ask
 * {@link org.openace.agency.PartnerAgencies#agreementOf} what a user's agency may see. Its users search and open
 * entries and lines within the agreement and place and lift holds where it gives that authority, through filing's
 * {@code AgencyEntries} port; every record shown to them is entered in the accounting of disclosures, which customs
 * officers read per importer ({@code org.openace.agency.entries}).
 */
@NullMarked
package org.openace.agency;

import org.jspecify.annotations.NullMarked;
