package org.openace.agency;

import java.util.List;

/**
 * What an administrator sets on an agreement: the plain HTS chapters and headings, the programs with theirs, whether
 * personal data may be disclosed and whether the agency may hold cargo.
 */
record AgreementTerms(List<String> prefixes, List<AgencyProgram> programs, boolean personalDataAllowed,
                      boolean holdAuthority) {

    AgreementTerms {
        prefixes = List.copyOf(prefixes);
        programs = List.copyOf(programs);
    }

    static AgreementTerms byHts(List<String> prefixes) {
        return new AgreementTerms(prefixes, List.of(), false, false);
    }

    /** The programs for the audit: "FOO:03,04;DRU:30". */
    String programsAudited() {
        return String.join(";", programs.stream().map(p -> p.code() + ":" + String.join(",", p.htsPrefixes()))
                .toList());
    }
}
