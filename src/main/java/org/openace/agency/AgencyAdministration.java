package org.openace.agency;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.Role;
import org.openace.identity.UserDirectory;
import org.openace.identity.UserId;
import org.openace.identity.UserSummary;
import org.openace.identity.Username;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to partner agencies, each change and each refusal audited: record an agency with its
 * agreement, rename it, change what its agreement covers (HTS, programs, personal data, hold authority), assign a partner agency user to it (one agency per user)
 * and take one off it.
 */
@Component
class AgencyAdministration {

    /** Why an assignment was refused. */
    enum Refusal {
        NO_SUCH_USER, NOT_PARTNER_AGENCY_USER, IN_THIS_AGENCY, IN_ANOTHER_AGENCY
    }

    /** An assignment: the user assigned, or the refusal (with the other agency's code where there is one). */
    record Assignment(Optional<UserSummary> user, Optional<Refusal> refusal, String otherAgency) {
    }

    private final Agencies agencies;
    private final UserDirectory users;
    private final AuditTrail audit;
    private final Clock clock;

    AgencyAdministration(Agencies agencies, UserDirectory users, AuditTrail audit, Clock clock) {
        this.agencies = agencies;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records an agency; false (audited) if the code is taken. */
    @Transactional
    boolean create(String code, String name, AgreementTerms terms, UserId by) {
        boolean added = agencies.insert(UUID.randomUUID(), code, name, terms, by, clock.instant());
        audit.record(AuditRecord.of("AGENCY_CREATED", added ? AuditOutcome.SUCCESS : AuditOutcome.DENIED)
                .object("AGENCY", code).detail("hts", String.join(",", terms.prefixes()))
                .detail("programs", terms.programsAudited())
                .detail("personalData", String.valueOf(terms.personalDataAllowed()))
                .detail("holdAuthority", String.valueOf(terms.holdAuthority()))
                .detail("reason", added ? null : "CODE_TAKEN"));
        return added;
    }

    /** Sets the agency's name and what its agreement covers. */
    @Transactional
    void change(Agency agency, String name, AgreementTerms terms, UserId by) {
        Instant now = clock.instant();
        if (!name.equals(agency.name())) {
            agencies.rename(agency.id(), name);
        }
        agencies.replaceAgreement(agency.id(), terms, by, now);
        AgreementTerms before = agency.terms();
        audit.record(AuditRecord.of("AGENCY_AGREEMENT_CHANGED", AuditOutcome.SUCCESS).object("AGENCY", agency.code())
                .detail("fromName", agency.name()).detail("toName", name)
                .detail("from", String.join(",", agency.htsPrefixes()))
                .detail("to", String.join(",", terms.prefixes()))
                .detail("fromPrograms", before.programsAudited()).detail("toPrograms", terms.programsAudited())
                .detail("fromPersonalData", String.valueOf(before.personalDataAllowed()))
                .detail("toPersonalData", String.valueOf(terms.personalDataAllowed()))
                .detail("fromHoldAuthority", String.valueOf(before.holdAuthority()))
                .detail("toHoldAuthority", String.valueOf(terms.holdAuthority())));
    }

    /** Assigns the user of this user ID to the agency, if they are a partner agency user of no other agency. */
    @Transactional
    Assignment assign(Agency agency, Username username, UserId by) {
        Optional<UserSummary> found = users.findByUsername(username);
        if (found.isEmpty()) {
            return refuse(agency, null, Refusal.NO_SUCH_USER, "");
        }
        UserSummary user = found.get();
        if (!user.roles().contains(Role.PGA)) {
            return refuse(agency, user, Refusal.NOT_PARTNER_AGENCY_USER, "");
        }
        Optional<String> current = agencies.agencyOf(user.id());
        if (current.isPresent()) {
            return refuse(agency, user, current.get().equals(agency.code())
                    ? Refusal.IN_THIS_AGENCY : Refusal.IN_ANOTHER_AGENCY, current.get());
        }
        agencies.assign(user.id(), agency.id(), by, clock.instant());
        audit.record(AuditRecord.of("AGENCY_MEMBER_ASSIGNED", AuditOutcome.SUCCESS).object("USER", user.id())
                .detail("agency", agency.code()));
        return new Assignment(Optional.of(user), Optional.empty(), "");
    }

    private Assignment refuse(Agency agency, @Nullable UserSummary user, Refusal refusal, String other) {
        AuditRecord.Builder record = AuditRecord.of("AGENCY_MEMBER_ASSIGNED", AuditOutcome.DENIED)
                .detail("agency", agency.code()).detail("reason", refusal.name());
        if (user != null) {
            record.object("USER", user.id());
        }
        audit.record(record);
        return new Assignment(Optional.ofNullable(user), Optional.of(refusal), other);
    }

    /** Takes the user off the agency; false if they were not in it. */
    @Transactional
    boolean remove(Agency agency, UserId user) {
        boolean removed = agencies.remove(user, agency.id());
        if (removed) {
            audit.record(AuditRecord.of("AGENCY_MEMBER_REMOVED", AuditOutcome.SUCCESS).object("USER", user)
                    .detail("agency", agency.code()));
        }
        return removed;
    }
}
