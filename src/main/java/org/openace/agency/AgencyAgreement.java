package org.openace.agency;

import java.util.List;
import java.util.Optional;

/**
 * What a partner agency's agreement with customs covers: the HTS chapters (2 digits) and headings (4 digits) whose
 * rows its users may see, named plainly or through the agency's programs; whether the importer's identity (name and
 * number: personal data) may be disclosed to it; whether it may hold cargo. An agreement that covers nothing shows
 * them nothing.
 *
 * @param agencyCode          the agency's short code (e.g. {@code FDA})
 * @param agencyName          the agency's name
 * @param htsPrefixes         every chapter and heading covered, plainly or by a program, digits only, in order
 * @param programs            the agency's programs in the agreement, each with what it covers
 * @param personalDataAllowed whether the importer's name and number may be shown to the agency's users
 * @param holdAuthority       whether the agency's users may place and lift holds on entries within the agreement
 */
public record AgencyAgreement(String agencyCode, String agencyName, List<String> htsPrefixes,
                              List<AgencyProgram> programs, boolean personalDataAllowed, boolean holdAuthority) {

    public AgencyAgreement {
        htsPrefixes = List.copyOf(htsPrefixes);
        programs = List.copyOf(programs);
    }

    /** An agreement by HTS only, without programs, personal data or hold authority. */
    public AgencyAgreement(String agencyCode, String agencyName, List<String> htsPrefixes) {
        this(agencyCode, agencyName, htsPrefixes, List.of(), false, false);
    }

    /** Whether the agreement covers an HTS number, heading or chapter (digits only). */
    public boolean covers(String htsDigits) {
        return htsPrefixes.stream().anyMatch(htsDigits::startsWith);
    }

    /** Whether some of what an HTS filter names (a chapter, heading or subheading) is covered. */
    public boolean overlaps(String htsDigits) {
        return htsPrefixes.stream().anyMatch(p -> htsDigits.startsWith(p) || p.startsWith(htsDigits));
    }

    /** The program under which an HTS number is covered, if a program covers it. */
    public Optional<AgencyProgram> programOf(String htsDigits) {
        return programs.stream().filter(p -> p.htsPrefixes().stream().anyMatch(htsDigits::startsWith)).findFirst();
    }

    /** The agency as the recipient of a disclosure: "FDA (Food and Drug Administration)". */
    public String recipient() {
        return agencyCode + " (" + agencyName + ")";
    }
}
