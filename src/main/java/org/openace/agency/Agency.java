package org.openace.agency;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A partner agency as administrators see it: its code, name, what its agreement covers (plain HTS chapters and
 * headings, and programs), whether personal data may be disclosed to it and whether it may hold cargo.
 */
record Agency(UUID id, String code, String name, AgreementTerms terms, @Nullable Instant agreementUpdatedAt) {

    List<String> htsPrefixes() {
        return terms.prefixes();
    }

    public String coverage() {
        if (terms.prefixes().isEmpty() && terms.programs().isEmpty()) {
            return "Nothing yet";
        }
        List<String> parts = new java.util.ArrayList<>();
        if (!terms.prefixes().isEmpty()) {
            parts.add(HtsPrefixes.shown(terms.prefixes()));
        }
        terms.programs().forEach(p -> parts.add(p.code() + " (" + HtsPrefixes.shown(p.htsPrefixes()) + ")"));
        return String.join("; ", parts);
    }

    public List<AgencyProgram> programs() {
        return terms.programs();
    }

    public boolean personalDataAllowed() {
        return terms.personalDataAllowed();
    }

    public boolean holdAuthority() {
        return terms.holdAuthority();
    }
}
