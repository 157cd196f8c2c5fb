package org.openace.agency.entries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openace.agency.AgencyAgreement;
import org.openace.agency.PartnerAgencies;
import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.filing.AgencyEntries;
import org.openace.filing.EntryNumber;
import org.openace.identity.CurrentUser;
import org.openace.privacy.DisclosureAccounting;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a partner agency user does with entries, within their agency's agreement: search the covered lines, open an
 * entry to its covered lines, place and lift holds where the agency has hold authority. Each page of results
 * records one disclosure per importer shown (in one statement), an opened entry one, before anything is shown; each
 * look and each refusal (no agency, outside the agreement, no hold authority, a hold of someone else) is audited.
 */
@Component
class AgencyEntryAccess {

    static final String SUBJECT_TYPE = "IMPORTER";
    static final String LEGAL_BASIS = "The agency's agreement with customs for access to ACE entry data, "
            + "5 U.S.C. 552a(b)(3) routine use";
    static final String SEARCH_PURPOSE = "Entry search within the agency's agreement: ";
    static final String VIEW_PURPOSE = "Entry opened within the agency's agreement: ";
    static final String REFUSED = "AGENCY_ACCESS_REFUSED";

    /** Why a request was refused. */
    enum Refusal {
        NO_AGENCY, OUTSIDE_AGREEMENT, NO_HOLD_AUTHORITY, NOT_AGENCY_HOLD
    }

    private final PartnerAgencies agencies;
    private final AgencyEntries entries;
    private final DisclosureAccounting disclosures;
    private final AuditTrail audit;

    AgencyEntryAccess(PartnerAgencies agencies, AgencyEntries entries, DisclosureAccounting disclosures,
                      AuditTrail audit) {
        this.agencies = agencies;
        this.entries = entries;
        this.disclosures = disclosures;
        this.audit = audit;
    }

    /** The user's agency's agreement; a user of no agency is refused (audited). */
    Optional<AgencyAgreement> agreementOf(CurrentUser user) {
        Optional<AgencyAgreement> agreement = agencies.agreementOf(user.id());
        if (agreement.isEmpty()) {
            refuse(null, null, Refusal.NO_AGENCY, null);
        }
        return agreement;
    }

    static AgencyEntries.Coverage coverage(AgencyAgreement agreement) {
        return new AgencyEntries.Coverage(agreement.agencyCode(), agreement.htsPrefixes(),
                agreement.personalDataAllowed());
    }

    /** A page of covered lines, its importers' disclosures recorded first. */
    @Transactional
    AgencyEntries.Page search(AgencyAgreement agreement, AgencyEntries.Query query, int size, CurrentUser user,
                              Map<String, String> filters) {
        AgencyEntries.Page page = entries.search(coverage(agreement), query, size);
        Map<String, Set<String>> byImporter = new LinkedHashMap<>();
        for (AgencyEntries.CoveredLine line : page.lines()) {
            byImporter.computeIfAbsent(line.importerSubject(), s -> new LinkedHashSet<>())
                    .add(line.entryNumber().formatted());
        }
        List<DisclosureAccounting.Released> released = new ArrayList<>();
        byImporter.forEach((subject, numbers) -> released.add(new DisclosureAccounting.Released(SUBJECT_TYPE,
                subject, SEARCH_PURPOSE + what(agreement, numbers))));
        disclosures.recordAll(released, agreement.recipient(), LEGAL_BASIS, user.userId());
        AuditRecord.Builder record = AuditRecord.of("AGENCY_ENTRIES_SEARCHED", AuditOutcome.SUCCESS)
                .object("AGENCY", agreement.agencyCode()).detail("entries", String.valueOf(page.lines().stream()
                        .map(AgencyEntries.CoveredLine::entryNumber).distinct().count()))
                .detail("lines", String.valueOf(page.lines().size()))
                .detail("importers", String.valueOf(byImporter.size()));
        filters.forEach(record::detail);
        audit.record(record);
        return page;
    }

    private static String what(AgencyAgreement agreement, Set<String> numbers) {
        String text = "entries " + String.join(", ", numbers) + identity(agreement);
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }

    private static String identity(AgencyAgreement agreement) {
        return agreement.personalDataAllowed() ? " (covered lines, with the importer's name and number)"
                : " (covered lines, without the importer's identity)";
    }

    /** The entry opened to its covered lines, its disclosure recorded first; empty (refused, audited) otherwise. */
    @Transactional
    Optional<AgencyEntries.CoveredEntry> open(AgencyAgreement agreement, EntryNumber number, CurrentUser user) {
        Optional<AgencyEntries.CoveredEntry> entry = entries.open(coverage(agreement), number);
        if (entry.isEmpty()) {
            refuse(agreement, number, Refusal.OUTSIDE_AGREEMENT, null);
            return entry;
        }
        AgencyEntries.CoveredEntry shown = entry.get();
        String lines = String.join(", ", shown.lines().stream().map(l -> String.valueOf(l.lineNumber()))
                .distinct().toList());
        String purpose = VIEW_PURPOSE + "entry " + number.formatted() + ", lines " + lines + identity(agreement);
        disclosures.record(SUBJECT_TYPE, shown.importerSubject(), agreement.recipient(),
                purpose.length() <= 500 ? purpose : purpose.substring(0, 499) + "…", LEGAL_BASIS, user.userId());
        audit.record(AuditRecord.of("AGENCY_ENTRY_VIEWED", AuditOutcome.SUCCESS)
                .object("ENTRY_SUMMARY", number.formatted()).detail("agency", agreement.agencyCode())
                .detail("lines", lines));
        return entry;
    }

    /** A hold placed in the agency's name; refused (audited) without hold authority or outside the agreement. */
    AgencyEntries.HoldResult placeHold(AgencyAgreement agreement, EntryNumber number, @Nullable String reason,
                                       CurrentUser user) {
        if (!agreement.holdAuthority()) {
            refuse(agreement, number, Refusal.NO_HOLD_AUTHORITY, "hold");
            return new AgencyEntries.HoldResult.NotTheAgencys();
        }
        AgencyEntries.HoldResult result = entries.placeHold(coverage(agreement), number, reason, actor(user));
        audited(agreement, number, result, "hold");
        return result;
    }

    /** A hold the agency placed, lifted; refused (audited) without hold authority, outside the agreement or not its. */
    AgencyEntries.HoldResult liftHold(AgencyAgreement agreement, EntryNumber number, int holdNumber, CurrentUser user) {
        if (!agreement.holdAuthority()) {
            refuse(agreement, number, Refusal.NO_HOLD_AUTHORITY, "lift-hold");
            return new AgencyEntries.HoldResult.NotTheAgencys();
        }
        AgencyEntries.HoldResult result = entries.liftHold(coverage(agreement), number, holdNumber, actor(user));
        audited(agreement, number, result, "lift-hold");
        return result;
    }

    private void audited(AgencyAgreement agreement, EntryNumber number, AgencyEntries.HoldResult result,
                         String move) {
        switch (result) {
            case AgencyEntries.HoldResult.NotCovered notCovered ->
                    refuse(agreement, number, Refusal.OUTSIDE_AGREEMENT, move);
            case AgencyEntries.HoldResult.NotTheAgencys notTheirs ->
                    refuse(agreement, number, Refusal.NOT_AGENCY_HOLD, move);
            default -> {
                // placed and lifted holds are audited by the move (ENTRY_HELD, ENTRY_HOLD_LIFTED), a state's
                // refusal as ENTRY_MOVE_REFUSED; a bad reason changed nothing and is answered on the form
            }
        }
    }

    private static AuditActor actor(CurrentUser user) {
        return AuditActor.user(user.userId(), user.username());
    }

    private void refuse(@Nullable AgencyAgreement agreement, @Nullable EntryNumber number, Refusal refusal,
                        @Nullable String move) {
        AuditRecord.Builder record = AuditRecord.of(REFUSED, AuditOutcome.DENIED).detail("reason", refusal.name())
                .detail("agency", agreement == null ? null : agreement.agencyCode()).detail("move", move);
        if (number != null) {
            record.object("ENTRY_SUMMARY", number.formatted());
        }
        audit.record(record);
    }

    /** An address naming no entry (or no hold) within the agreement: refused and audited. */
    void refusedOutside(AgencyAgreement agreement, @Nullable EntryNumber number) {
        refuse(agreement, number, Refusal.OUTSIDE_AGREEMENT, null);
    }

    /** A search asking for HTS outside the agreement: refused and audited. */
    void refusedHts(AgencyAgreement agreement, String hts) {
        audit.record(AuditRecord.of(REFUSED, AuditOutcome.DENIED).object("AGENCY", agreement.agencyCode())
                .detail("reason", Refusal.OUTSIDE_AGREEMENT.name()).detail("hts", hts));
    }
}
