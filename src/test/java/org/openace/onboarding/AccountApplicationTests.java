package org.openace.onboarding;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openace.account.AccountId;
import org.openace.account.Address;
import org.openace.account.BusinessActivity;
import org.openace.account.IdentifierKind;
import org.openace.account.TradeIdentifier;
import org.openace.identity.EmailAddress;
import org.openace.identity.UserId;
import org.openace.identity.Username;
import org.openace.privacy.TaxIdentifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every move of the application aggregate, allowed and refused. */
class AccountApplicationTests {

    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    private static final Reviewer OFFICER = new Reviewer(UserId.random(), "officer.one",
            new EmailAddress("officer.one@cbp.example"));

    private static AccountApplication draft() {
        return AccountApplication.start(UUID.randomUUID(), ApplicationReference.of(2026, 123),
                new Applicant("Ada Applicant", new EmailAddress("ada@acme.example")), true, T0);
    }

    private static TradeIdentifier identifier(IdentifierKind kind, String value) {
        return TradeIdentifier.parse(kind, value).orElseThrow();
    }

    private static AccountApplication complete() {
        AccountApplication application = draft();
        application.changeCompany(new CompanyDetails("Acme Imports LLC", null,
                new Address("1 Harbor Way", "Baltimore", "MD", "21230", "US"), PhoneNumber.parse("+1 410 555 0100").orElseThrow()));
        application.changeCompanyOfficer(new ContactPerson("Olga Officer", "President",
                new EmailAddress("olga@acme.example"), PhoneNumber.parse("410 555 0101").orElseThrow()));
        application.changeTaxIdentifier(TaxIdentifier.parse(TaxIdentifier.Kind.EIN, "12-345678900").orElseThrow());
        application.changePointsOfContact(List.of());
        application.changeActivities(List.of(
                new RequestedActivity(BusinessActivity.IMPORTER, List.of()),
                new RequestedActivity(BusinessActivity.BROKER, List.of(identifier(IdentifierKind.FILER_CODE, "A1B")))));
        application.changeOwner(new OwnerDetails("Oscar Owner", new EmailAddress("oscar@acme.example"),
                new Username("oscar.owner")));
        return application;
    }

    @Test
    void startsAsADraftOnlyAfterThePrivacyActStatementIsAcknowledged() {
        assertThatThrownBy(() -> AccountApplication.start(UUID.randomUUID(), ApplicationReference.of(2026, 1),
                new Applicant("Ada", new EmailAddress("ada@acme.example")), false, T0))
                .isInstanceOf(IllegalArgumentException.class);

        AccountApplication application = draft();

        assertThat(application.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(application.isEditable()).isTrue();
        assertThat(application.privacyActAcknowledgedAt()).isEqualTo(T0);
        assertThat(application.reference().value()).isEqualTo("APP-2026-000123");
        assertThat(application.startedEvent().kind()).isEqualTo(ApplicationEvent.Kind.STARTED);
    }

    @Test
    void aDraftNamesTheStepsStillToDo() {
        AccountApplication application = draft();

        assertThat(application.missingSteps()).containsExactly(ApplicationStep.COMPANY, ApplicationStep.COMPANY_OFFICER,
                ApplicationStep.TAX_IDENTIFIER, ApplicationStep.POINTS_OF_CONTACT, ApplicationStep.ACTIVITIES,
                ApplicationStep.OWNER);
        assertThat(complete().missingSteps()).isEmpty();
    }

    @Test
    void anIncompleteDraftIsNotSubmitted() {
        AccountApplication application = draft();

        assertThatThrownBy(() -> application.submit(true, T0))
                .isInstanceOfSatisfying(IncompleteApplicationException.class,
                        e -> assertThat(e.missing()).contains(ApplicationStep.COMPANY));
        assertThat(application.status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void submittingNeedsTheTermsAccepted() {
        AccountApplication application = complete();

        assertThatThrownBy(() -> application.submit(false, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(application.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(application.termsAcceptedAt()).isEmpty();
    }

    @Test
    void aCompleteDraftIsSubmittedWithTheTermsAcceptedAndCanNoLongerBeChanged() {
        AccountApplication application = complete();
        Instant at = T0.plus(Duration.ofMinutes(20));

        ApplicationEvent event = application.submit(true, at);

        assertThat(event.kind()).isEqualTo(ApplicationEvent.Kind.SUBMITTED);
        assertThat(event.actorName()).isEqualTo(ApplicationEvent.APPLICANT);
        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.termsAcceptedAt()).contains(at);
        assertThat(application.submittedAt()).contains(at);
        assertThatThrownBy(() -> application.changeOwner(new OwnerDetails("X", new EmailAddress("x@acme.example"),
                new Username("xowner")))).isInstanceOf(ApplicationStateException.class);
        assertThatThrownBy(() -> application.submit(true, at)).isInstanceOf(ApplicationStateException.class);
    }

    @Test
    void onlyASubmittedApplicationIsReturnedAndOnlyWithReasonsOfTenToTwoThousandCharacters() {
        AccountApplication draft = complete();
        assertThatThrownBy(() -> draft.returnToApplicant(OFFICER, "The EIN does not match the company", T0))
                .isInstanceOf(ApplicationStateException.class);

        AccountApplication application = complete();
        application.submit(true, T0);
        assertThatThrownBy(() -> application.returnToApplicant(OFFICER, "too short", T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> application.returnToApplicant(OFFICER, "x".repeat(2001), T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> application.returnToApplicant(OFFICER, "Bad\u0000control chars", T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);

        ApplicationEvent event = application.returnToApplicant(OFFICER, "  The EIN does not match the company  ", T0);

        assertThat(application.status()).isEqualTo(ApplicationStatus.RETURNED);
        assertThat(application.returnReason()).contains("The EIN does not match the company");
        assertThat(event.kind()).isEqualTo(ApplicationEvent.Kind.RETURNED);
        assertThat(event.actorId()).isEqualTo(OFFICER.id());
        assertThat(event.reason()).isEqualTo("The EIN does not match the company");
    }

    @Test
    void aReturnedApplicationIsCorrectedAndSubmittedAgain() {
        AccountApplication application = complete();
        application.submit(true, T0);
        application.returnToApplicant(OFFICER, "Give the company's EIN, not a Social Security number", T0);
        assertThat(application.isEditable()).isTrue();

        application.changeTaxIdentifier(TaxIdentifier.parse(TaxIdentifier.Kind.EIN, "20-123456700").orElseThrow());
        ApplicationEvent event = application.submit(true, T0.plusSeconds(60));

        assertThat(event.kind()).isEqualTo(ApplicationEvent.Kind.RESUBMITTED);
        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.taxIdentifier().orElseThrow().value()).isEqualTo("20-123456700");
    }

    @Test
    void aSubmittedApplicationIsApprovedOnceWithItsAccount() {
        AccountApplication application = complete();
        application.submit(true, T0);
        AccountId account = AccountId.random();

        ApplicationEvent event = application.approve(OFFICER, account, T0.plusSeconds(5));

        assertThat(event.kind()).isEqualTo(ApplicationEvent.Kind.APPROVED);
        assertThat(application.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(application.accountId()).contains(account);
        assertThat(application.decidedBy()).contains(OFFICER.id());
        assertThat(application.isEditable()).isFalse();
        assertThatThrownBy(() -> application.approve(OFFICER, AccountId.random(), T0))
                .isInstanceOf(ApplicationStateException.class);
        assertThatThrownBy(() -> application.returnToApplicant(OFFICER, "Changed my mind about it", T0))
                .isInstanceOf(ApplicationStateException.class);
        assertThatThrownBy(() -> application.changePointsOfContact(List.of())).isInstanceOf(ApplicationStateException.class);
    }

    @Test
    void draftsAndReturnedApplicationsAreNotApproved() {
        AccountApplication draft = complete();
        assertThatThrownBy(() -> draft.approve(OFFICER, AccountId.random(), T0))
                .isInstanceOf(ApplicationStateException.class);

        AccountApplication returned = complete();
        returned.submit(true, T0);
        returned.returnToApplicant(OFFICER, "Missing the company officer's title", T0);
        assertThatThrownBy(() -> returned.approve(OFFICER, AccountId.random(), T0))
                .isInstanceOf(ApplicationStateException.class);
        assertThat(returned.status()).isEqualTo(ApplicationStatus.RETURNED);
    }

    @Test
    void anOfficerDoesNotApproveTheirOwnApplication() {
        AccountApplication byTheOfficer = AccountApplication.start(UUID.randomUUID(), ApplicationReference.of(2026, 9),
                new Applicant("Officer One", new EmailAddress("Officer.One@CBP.example")), true, T0);
        AccountApplication complete = complete();
        byTheOfficer.changeCompany(complete.company().orElseThrow());
        byTheOfficer.changeCompanyOfficer(complete.companyOfficer().orElseThrow());
        byTheOfficer.changeTaxIdentifier(complete.taxIdentifier().orElseThrow());
        byTheOfficer.changePointsOfContact(List.of());
        byTheOfficer.changeActivities(complete.activities());
        byTheOfficer.changeOwner(complete.owner().orElseThrow());
        byTheOfficer.submit(true, T0);

        assertThatThrownBy(() -> byTheOfficer.approve(OFFICER, AccountId.random(), T0))
                .isInstanceOf(SelfApprovalException.class);
        assertThat(byTheOfficer.status()).isEqualTo(ApplicationStatus.SUBMITTED);

        AccountApplication namingTheOfficerOwner = complete();
        namingTheOfficerOwner.changeOwner(new OwnerDetails("Officer One", OFFICER.email(), new Username("moonlight")));
        namingTheOfficerOwner.submit(true, T0);
        assertThatThrownBy(() -> namingTheOfficerOwner.approve(OFFICER, AccountId.random(), T0))
                .isInstanceOf(SelfApprovalException.class);
    }

    @Test
    void activitiesAreAtLeastOneEachOnceAndNoIdentifierServesTwo() {
        AccountApplication application = draft();
        TradeIdentifier filer = identifier(IdentifierKind.FILER_CODE, "Z9Z");

        assertThatThrownBy(() -> application.changeActivities(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> application.changeActivities(List.of(
                new RequestedActivity(BusinessActivity.BROKER, List.of(filer)),
                new RequestedActivity(BusinessActivity.FILER, List.of(filer))))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RequestedActivity(BusinessActivity.CARRIER, List.of()))
                .as("a carrier needs its SCAC").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RequestedActivity(BusinessActivity.EXPORTER, List.of(filer)))
                .as("an exporter has no filer code").isInstanceOf(IllegalArgumentException.class);
        assertThat(application.activities()).isEmpty();

        application.changeActivities(List.of(new RequestedActivity(BusinessActivity.EXPORTER, List.of()),
                new RequestedActivity(BusinessActivity.BROKER, List.of(filer))));

        assertThat(application.activities()).extracting(RequestedActivity::activity)
                .containsExactly(BusinessActivity.BROKER, BusinessActivity.EXPORTER);
    }

    @Test
    void theImporterNumberIsTheTaxIdentifierAskedOnceAndTheImporterSubAccountOpensWithIt() {
        assertThatThrownBy(() -> new RequestedActivity(BusinessActivity.IMPORTER,
                List.of(identifier(IdentifierKind.IMPORTER_NUMBER, "12-345678900"))))
                .as("the activities step does not ask for it").isInstanceOf(IllegalArgumentException.class);
        AccountApplication application = draft();
        application.changeActivities(List.of(new RequestedActivity(BusinessActivity.IMPORTER, List.of())));
        RequestedActivity importer = application.activities().getFirst();
        assertThat(application.importerNumber()).isEmpty();
        assertThat(application.identifiersOf(importer)).as("missing while the tax identifier is not given").isEmpty();

        TaxIdentifier ssn = TaxIdentifier.parse(TaxIdentifier.Kind.SSN, "123-45-6789").orElseThrow();
        application.changeTaxIdentifier(ssn);

        TradeIdentifier number = identifier(IdentifierKind.IMPORTER_NUMBER, "123-45-6789");
        assertThat(application.importerNumber()).contains(number);
        assertThat(application.identifiersOf(importer)).containsExactly(number);
        assertThat(application.identifiersOf(importer).getFirst().isPersonalData()).isTrue();
        assertThat(ApplicationView.of(application).activities().getFirst().identifiers())
                .containsExactly(new ApplicationView.IdentifierView(IdentifierKind.IMPORTER_NUMBER, ssn.masked(), true,
                        true));
    }

    @Test
    void theAccountOpenedHasTheTaxIdentifierAsTheImportersImporterNumber() {
        AccountApplication application = complete();

        var opening = ApproveApplication.opening(application);

        assertThat(opening.subAccounts()).extracting(s -> s.activity(), s -> s.identifiers())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(BusinessActivity.IMPORTER,
                                List.of(identifier(IdentifierKind.IMPORTER_NUMBER, "12-345678900"))),
                        org.assertj.core.groups.Tuple.tuple(BusinessActivity.BROKER,
                                List.of(identifier(IdentifierKind.FILER_CODE, "A1B"))));
    }

    @Test
    void theCompanyOfficerHasATitleAndAPhone() {
        AccountApplication application = draft();

        assertThatThrownBy(() -> application.changeCompanyOfficer(new ContactPerson("Olga", null,
                new EmailAddress("olga@acme.example"), null))).isInstanceOf(IllegalArgumentException.class);
        assertThat(application.companyOfficer()).isEmpty();
    }

    @Test
    void itsTextShowsNoPersonalIdentifier() {
        AccountApplication application = complete();

        assertThat(application.toString()).doesNotContain("345678900").contains("APP-2026-000123");
        assertThat(application.activities().toString()).doesNotContain("345678900");
    }

    @Test
    void referencesHaveTheirPublishedForm() {
        assertThat(ApplicationReference.of(2026, 7).value()).isEqualTo("APP-2026-000007");
        assertThat(ApplicationReference.parse(" app-2026-000007 ")).contains(new ApplicationReference("APP-2026-000007"));
        assertThat(ApplicationReference.parse("APP-26-7")).isEmpty();
        assertThatThrownBy(() -> new ApplicationReference("X")).isInstanceOf(IllegalArgumentException.class);
    }
}
