package org.openace.agency;

import java.util.List;

/**
 * What a partner agency's agreement with customs covers: the HTS chapters (2 digits) and headings (4 digits) whose
 * rows its users may see. An agreement that covers nothing shows them nothing.
 *
 * @param agencyCode  the agency's short code (e.g. {@code FDA})
 * @param agencyName  the agency's name
 * @param htsPrefixes the chapters and headings covered, digits only, in order
 */
public record AgencyAgreement(String agencyCode, String agencyName, List<String> htsPrefixes) {

    public AgencyAgreement {
        htsPrefixes = List.copyOf(htsPrefixes);
    }

    /** Whether the agreement covers an HTS number, heading or chapter (digits only). */
    public boolean covers(String htsDigits) {
        return htsPrefixes.stream().anyMatch(htsDigits::startsWith);
    }

    /** Whether some of what an HTS filter names (a chapter, heading or subheading) is covered. */
    public boolean overlaps(String htsDigits) {
        return htsPrefixes.stream().anyMatch(p -> htsDigits.startsWith(p) || p.startsWith(htsDigits));
    }

    /** The agency as the recipient of a disclosure: "FDA (Food and Drug Administration)". */
    public String recipient() {
        return agencyCode + " (" + agencyName + ")";
    }
}
