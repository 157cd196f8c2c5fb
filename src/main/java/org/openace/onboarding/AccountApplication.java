package org.openace.onboarding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccountId;
import org.openace.account.BusinessActivity;
import org.openace.account.IdentifierKind;
import org.openace.account.TradeIdentifier;
import org.openace.identity.EmailAddress;
import org.openace.identity.UserId;
import org.openace.privacy.TaxIdentifier;

/**
 * An application for a trade account (the Account Owner Designation/Authorization), from the applicant's draft to a
 * customs officer's decision:
 * <pre>
 * DRAFT --submit--> SUBMITTED --return--> RETURNED --submit--> SUBMITTED --approve--> APPROVED
 * </pre>
 * The applicant changes it only while it is a draft or returned; it is submitted only when every step is done and
 * the Terms and Conditions are accepted; an officer returns it with reasons or approves it, never their own.
 * Holds the tax identifier (which is also the importer number) in full in memory; {@link #toString()} never shows it.
 */
final class AccountApplication {

    static final int MIN_REASON = 10;
    static final int MAX_REASON = 2000;
    static final int MAX_POINTS_OF_CONTACT = 10;

    private final UUID id;
    private final ApplicationReference reference;
    private final Applicant applicant;
    private final Instant privacyActAcknowledgedAt;
    private final Instant createdAt;
    private ApplicationStatus status;
    private @Nullable CompanyDetails company;
    private @Nullable ContactPerson companyOfficer;
    private @Nullable TaxIdentifier taxIdentifier;
    private List<ContactPerson> pointsOfContact;
    private boolean pointsOfContactGiven;
    private List<RequestedActivity> activities;
    private @Nullable OwnerDetails owner;
    private @Nullable Instant termsAcceptedAt;
    private @Nullable Instant submittedAt;
    private @Nullable Instant returnedAt;
    private @Nullable String returnReason;
    private @Nullable UserId decidedBy;
    private @Nullable Instant decidedAt;
    private @Nullable AccountId accountId;

    /** Everything an application holds, as stored. */
    record Stored(UUID id, ApplicationReference reference, ApplicationStatus status, Applicant applicant,
                  Instant privacyActAcknowledgedAt, @Nullable CompanyDetails company,
                  @Nullable ContactPerson companyOfficer, @Nullable TaxIdentifier taxIdentifier,
                  List<ContactPerson> pointsOfContact, boolean pointsOfContactGiven, List<RequestedActivity> activities,
                  @Nullable OwnerDetails owner, @Nullable Instant termsAcceptedAt, @Nullable Instant submittedAt,
                  @Nullable Instant returnedAt, @Nullable String returnReason, @Nullable UserId decidedBy,
                  @Nullable Instant decidedAt,
                  @Nullable AccountId accountId, Instant createdAt) {
        @Override
        public String toString() {
            return "Stored[" + reference + ", " + status + "]";
        }
    }

    private AccountApplication(Stored stored) {
        this.id = Objects.requireNonNull(stored.id());
        this.reference = Objects.requireNonNull(stored.reference());
        this.status = Objects.requireNonNull(stored.status());
        this.applicant = Objects.requireNonNull(stored.applicant());
        this.privacyActAcknowledgedAt = Objects.requireNonNull(stored.privacyActAcknowledgedAt());
        this.company = stored.company();
        this.companyOfficer = stored.companyOfficer();
        this.taxIdentifier = stored.taxIdentifier();
        this.pointsOfContact = List.copyOf(stored.pointsOfContact());
        this.pointsOfContactGiven = stored.pointsOfContactGiven();
        this.activities = List.copyOf(stored.activities());
        this.owner = stored.owner();
        this.termsAcceptedAt = stored.termsAcceptedAt();
        this.submittedAt = stored.submittedAt();
        this.returnedAt = stored.returnedAt();
        this.returnReason = stored.returnReason();
        this.decidedBy = stored.decidedBy();
        this.decidedAt = stored.decidedAt();
        this.accountId = stored.accountId();
        this.createdAt = Objects.requireNonNull(stored.createdAt());
    }

    /**
     * Starts a draft. The applicant must have acknowledged the Privacy Act statement first.
     *
     * @throws IllegalArgumentException if the Privacy Act statement was not acknowledged
     */
    static AccountApplication start(UUID id, ApplicationReference reference, Applicant applicant,
                                    boolean privacyActAcknowledged, Instant now) {
        if (!privacyActAcknowledged) {
            throw new IllegalArgumentException("The Privacy Act statement must be acknowledged before anything else");
        }
        return new AccountApplication(new Stored(id, reference, ApplicationStatus.DRAFT, applicant, now, null, null,
                null, List.of(), false, List.of(), null, null, null, null, null, null, null, null, now));
    }

    /** The started event of a new draft, for its history. */
    ApplicationEvent startedEvent() {
        return ApplicationEvent.byApplicant(ApplicationEvent.Kind.STARTED, createdAt);
    }

    static AccountApplication restore(Stored stored) {
        return new AccountApplication(stored);
    }

    // --- the applicant's steps -------------------------------------------------------------------------------

    void changeCompany(CompanyDetails company) {
        requireEditable();
        this.company = Objects.requireNonNull(company);
    }

    /** The company officer must have a title and a phone number as well as a name and an e-mail address. */
    void changeCompanyOfficer(ContactPerson officer) {
        requireEditable();
        if (officer.title() == null || officer.phone() == null) {
            throw new IllegalArgumentException("The company officer has a title and a phone number");
        }
        this.companyOfficer = officer;
    }

    void changeTaxIdentifier(TaxIdentifier taxIdentifier) {
        requireEditable();
        this.taxIdentifier = Objects.requireNonNull(taxIdentifier);
    }

    /** Zero or more points of contact; giving none is an answer too. */
    void changePointsOfContact(List<ContactPerson> contacts) {
        requireEditable();
        if (contacts.size() > MAX_POINTS_OF_CONTACT) {
            throw new IllegalArgumentException("At most " + MAX_POINTS_OF_CONTACT + " points of contact");
        }
        this.pointsOfContact = List.copyOf(contacts);
        this.pointsOfContactGiven = true;
    }

    /**
     * One or more different activities; no identifier may be given for two of them.
     *
     * @throws IllegalArgumentException if none, an activity twice, or an identifier twice
     */
    void changeActivities(List<RequestedActivity> requested) {
        requireEditable();
        if (requested.isEmpty()) {
            throw new IllegalArgumentException("At least one business activity");
        }
        Set<BusinessActivity> seen = EnumSet.noneOf(BusinessActivity.class);
        Set<TradeIdentifier> identifiers = new HashSet<>();
        for (RequestedActivity activity : requested) {
            if (!seen.add(activity.activity())) {
                throw new IllegalArgumentException("Each activity once");
            }
            for (TradeIdentifier identifier : activity.identifiers()) {
                if (!identifiers.add(identifier)) {
                    throw new IllegalArgumentException("Each identifier belongs to one activity only");
                }
            }
        }
        List<RequestedActivity> ordered = new ArrayList<>(requested);
        ordered.sort((a, b) -> a.activity().compareTo(b.activity()));
        this.activities = List.copyOf(ordered);
    }

    void changeOwner(OwnerDetails owner) {
        requireEditable();
        this.owner = Objects.requireNonNull(owner);
    }

    /** The steps still to do before the application can be submitted, in order. */
    List<ApplicationStep> missingSteps() {
        List<ApplicationStep> missing = new ArrayList<>();
        if (company == null) {
            missing.add(ApplicationStep.COMPANY);
        }
        if (companyOfficer == null) {
            missing.add(ApplicationStep.COMPANY_OFFICER);
        }
        if (taxIdentifier == null) {
            missing.add(ApplicationStep.TAX_IDENTIFIER);
        }
        if (!pointsOfContactGiven) {
            missing.add(ApplicationStep.POINTS_OF_CONTACT);
        }
        if (activities.isEmpty()) {
            missing.add(ApplicationStep.ACTIVITIES);
        }
        if (owner == null) {
            missing.add(ApplicationStep.OWNER);
        }
        return missing;
    }

    /**
     * Submits the application, or submits it again after it was returned. Accepting the Terms and Conditions is
     * part of submitting.
     *
     * @throws ApplicationStateException if it is neither a draft nor returned
     * @throws IncompleteApplicationException if a step is not done
     * @throws IllegalArgumentException if the terms were not accepted
     */
    ApplicationEvent submit(boolean termsAccepted, Instant now) {
        requireEditable();
        List<ApplicationStep> missing = missingSteps();
        if (!missing.isEmpty()) {
            throw new IncompleteApplicationException(missing);
        }
        if (!termsAccepted) {
            throw new IllegalArgumentException("The Terms and Conditions must be accepted to submit");
        }
        ApplicationEvent.Kind kind = status == ApplicationStatus.RETURNED
                ? ApplicationEvent.Kind.RESUBMITTED : ApplicationEvent.Kind.SUBMITTED;
        status = ApplicationStatus.SUBMITTED;
        termsAcceptedAt = now;
        submittedAt = now;
        return ApplicationEvent.byApplicant(kind, now);
    }

    // --- the officer's decisions -----------------------------------------------------------------------------

    /**
     * Sends the application back to the applicant with the reasons, for them to correct and submit again.
     *
     * @throws ApplicationStateException if it is not submitted
     * @throws IllegalArgumentException if the reasons are shorter than 10 or longer than 2,000 characters
     */
    ApplicationEvent returnToApplicant(Reviewer reviewer, String reasons, Instant now) {
        String text = reasons == null ? "" : reasons.strip();
        if (text.length() < MIN_REASON || text.length() > MAX_REASON || !Texts.isParagraphs(text)) {
            throw new IllegalArgumentException("Reasons of " + MIN_REASON + " to " + MAX_REASON + " characters");
        }
        requireSubmitted();
        status = ApplicationStatus.RETURNED;
        returnedAt = now;
        returnReason = text;
        return ApplicationEvent.byReviewer(ApplicationEvent.Kind.RETURNED, reviewer, now, text);
    }

    /**
     * Whether this officer may approve it now.
     *
     * @throws ApplicationStateException if it is not submitted
     * @throws SelfApprovalException if the officer is the applicant or would be the owner (same e-mail address)
     */
    void requireApprovableBy(Reviewer reviewer) {
        requireSubmitted();
        if (sameAddress(reviewer.email(), applicant.email())
                || (owner != null && sameAddress(reviewer.email(), owner.email()))) {
            throw new SelfApprovalException();
        }
    }

    /** Approves the application: the trade account it asked for is open. */
    ApplicationEvent approve(Reviewer reviewer, AccountId account, Instant now) {
        requireApprovableBy(reviewer);
        status = ApplicationStatus.APPROVED;
        decidedBy = reviewer.id();
        decidedAt = now;
        accountId = Objects.requireNonNull(account);
        return ApplicationEvent.byReviewer(ApplicationEvent.Kind.APPROVED, reviewer, now, null);
    }

    private static boolean sameAddress(EmailAddress a, EmailAddress b) {
        return a.value().equalsIgnoreCase(b.value());
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new ApplicationStateException(status, "The application can no longer be changed");
        }
    }

    private void requireSubmitted() {
        if (status != ApplicationStatus.SUBMITTED) {
            throw new ApplicationStateException(status, "The application is not waiting for a decision");
        }
    }

    // --- reading ---------------------------------------------------------------------------------------------

    UUID id() {
        return id;
    }

    ApplicationReference reference() {
        return reference;
    }

    ApplicationStatus status() {
        return status;
    }

    boolean isEditable() {
        return status.isEditable();
    }

    Applicant applicant() {
        return applicant;
    }

    Instant privacyActAcknowledgedAt() {
        return privacyActAcknowledgedAt;
    }

    Optional<CompanyDetails> company() {
        return Optional.ofNullable(company);
    }

    Optional<ContactPerson> companyOfficer() {
        return Optional.ofNullable(companyOfficer);
    }

    /** The full tax identifier: store it encrypted, show it masked. */
    Optional<TaxIdentifier> taxIdentifier() {
        return Optional.ofNullable(taxIdentifier);
    }

    List<ContactPerson> pointsOfContact() {
        return pointsOfContact;
    }

    boolean pointsOfContactGiven() {
        return pointsOfContactGiven;
    }

    List<RequestedActivity> activities() {
        return activities;
    }

    /**
     * The importer number the company would import under: its tax identifier (an IRS number with suffix, a Social
     * Security number or a customs-assigned number), asked once on the tax identifier step. Personal data unless
     * customs-assigned.
     */
    Optional<TradeIdentifier> importerNumber() {
        return taxIdentifier().map(TradeIdentifier::importerNumberOf);
    }

    /**
     * Every identifier the sub-account of this activity opens with, in the order the activity lists their kinds: the
     * ones given on the activities step, and the importer number for an activity that needs one (missing while the
     * tax identifier is not given).
     */
    List<TradeIdentifier> identifiersOf(RequestedActivity requested) {
        List<TradeIdentifier> all = new ArrayList<>();
        for (IdentifierKind kind : requested.activity().identifiers()) {
            Optional<TradeIdentifier> identifier = RequestedActivity.isFromTaxIdentifier(kind) ? importerNumber()
                    : requested.identifier(kind);
            identifier.ifPresent(all::add);
        }
        return List.copyOf(all);
    }

    Optional<OwnerDetails> owner() {
        return Optional.ofNullable(owner);
    }

    Optional<Instant> termsAcceptedAt() {
        return Optional.ofNullable(termsAcceptedAt);
    }

    Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    Optional<Instant> returnedAt() {
        return Optional.ofNullable(returnedAt);
    }

    Optional<String> returnReason() {
        return Optional.ofNullable(returnReason);
    }

    /** The officer who approved it. */
    Optional<UserId> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    Optional<AccountId> accountId() {
        return Optional.ofNullable(accountId);
    }

    Instant createdAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "AccountApplication[" + reference + ", " + status + "]";
    }
}
