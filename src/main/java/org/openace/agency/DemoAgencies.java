package org.openace.agency;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openace.audit.AuditActor;
import org.openace.audit.AuditOutcome;
import org.openace.audit.AuditRecord;
import org.openace.audit.AuditTrail;
import org.openace.identity.UserDirectory;
import org.openace.identity.UserSummary;
import org.openace.identity.Username;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo profile's partner agency, made once if missing after the demo users: APHIS (Animal and Plant Health
 * Inspection Service), whose agreement covers what the demo entries hold of its concern by two of its ACE programs,
 * {@code AVS} (Veterinary Services: live animals, chapter 01) and {@code ALC} (the Lacey Act's plant product
 * declaration: wooden furniture, heading 9403), may disclose the importer's identity and gives the agency hold
 * authority, with the demo partner agency user {@code pga.demo} as its member: they search and open entries within
 * the agreement, each look recorded in the accounting of disclosures, and place and lift holds.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("openace.demo.seed")
class DemoAgencies implements ApplicationRunner {

    static final String CODE = "APHIS";
    static final String NAME = "Animal and Plant Health Inspection Service";
    static final List<String> HTS = List.of("01", "9403");
    static final AgreementTerms TERMS = new AgreementTerms(List.of(), List.of(
            new AgencyProgram("ALC", "Lacey Act plant product declaration", List.of("9403")),
            new AgencyProgram("AVS", "Veterinary Services", List.of("01"))), true, true);
    static final String MEMBER = "pga.demo";
    static final String RECORDED_BY = "admin.demo";

    private static final Logger log = LoggerFactory.getLogger(DemoAgencies.class);

    private final Agencies agencies;
    private final UserDirectory users;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoAgencies(Agencies agencies, UserDirectory users, AuditTrail audit, TransactionTemplate transaction,
                 Clock clock) {
        this.agencies = agencies;
        this.users = users;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (agencies.find(CODE).isPresent()) {
            return;
        }
        Optional<UserSummary> admin = users.findByUsername(new Username(RECORDED_BY));
        Optional<UserSummary> member = users.findByUsername(new Username(MEMBER));
        if (admin.isEmpty() || member.isEmpty()) {
            log.warn("Demo agency not made: the demo users {} and {} are missing", RECORDED_BY, MEMBER);
            return;
        }
        transaction.executeWithoutResult(status -> {
            UUID id = UUID.randomUUID();
            if (!agencies.insert(id, CODE, NAME, TERMS, admin.get().id(), clock.instant())) {
                return;
            }
            audit.record(AuditRecord.of("AGENCY_CREATED", AuditOutcome.SUCCESS).actor(AuditActor.SYSTEM)
                    .object("AGENCY", CODE).detail("hts", String.join(",", HTS)).detail("programs", TERMS.programsAudited())
                    .detail("personalData", "true").detail("holdAuthority", "true"));
            if (agencies.agencyOf(member.get().id()).isEmpty()) {
                agencies.assign(member.get().id(), id, admin.get().id(), clock.instant());
                audit.record(AuditRecord.of("AGENCY_MEMBER_ASSIGNED", AuditOutcome.SUCCESS).actor(AuditActor.SYSTEM)
                        .object("USER", member.get().id()).detail("agency", CODE));
            }
        });
        log.info("Demo agency {} made with {} as its member", CODE, MEMBER);
    }
}
