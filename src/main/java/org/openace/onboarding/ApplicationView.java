package org.openace.onboarding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.BusinessActivity;
import org.openace.account.IdentifierKind;
import org.openace.account.TradeIdentifier;

/**
 * An application as pages show it: every field, the tax identifier (also the importer number) masked. Holds no
 * full personal identifier, so it can go into any model.
 */
record ApplicationView(UUID id, String reference, ApplicationStatus status, String applicantName,
                       String applicantEmail, Instant privacyActAcknowledgedAt, @Nullable CompanyDetails company,
                       @Nullable ContactPerson officer, @Nullable String taxIdentifierKind,
                       @Nullable String taxIdentifierMasked, boolean taxIdentifierPersonal,
                       List<ContactPerson> contacts, boolean contactsGiven, List<ActivityView> activities,
                       @Nullable OwnerDetails owner, @Nullable Instant termsAcceptedAt, @Nullable Instant submittedAt,
                       @Nullable Instant returnedAt, @Nullable String returnReason, @Nullable Instant decidedAt) {

    /** An activity with its identifiers as shown, one per kind it needs. */
    record ActivityView(BusinessActivity activity, List<IdentifierView> identifiers) {
    }

    /**
     * An identifier as shown: masked if it is personal data. {@code fromTaxIdentifier} marks the importer number,
     * which is the tax identifier; its {@code display} is null while the tax identifier is not given.
     */
    record IdentifierView(IdentifierKind kind, @Nullable String display, boolean personal, boolean fromTaxIdentifier) {
    }

    static ApplicationView of(AccountApplication a) {
        return new ApplicationView(a.id(), a.reference().value(), a.status(), a.applicant().name(),
                a.applicant().email().value(), a.privacyActAcknowledgedAt(), a.company().orElse(null),
                a.companyOfficer().orElse(null), a.taxIdentifier().map(t -> t.kind().title()).orElse(null),
                a.taxIdentifier().map(t -> t.masked()).orElse(null),
                a.taxIdentifier().map(t -> t.kind().isPersonalData()).orElse(false), a.pointsOfContact(),
                a.pointsOfContactGiven(), a.activities().stream().map(r -> activity(a, r)).toList(),
                a.owner().orElse(null), a.termsAcceptedAt().orElse(null), a.submittedAt().orElse(null),
                a.returnedAt().orElse(null), a.returnReason().orElse(null), a.decidedAt().orElse(null));
    }

    private static ActivityView activity(AccountApplication application, RequestedActivity requested) {
        List<IdentifierView> shown = new ArrayList<>();
        for (IdentifierKind kind : requested.activity().identifiers()) {
            boolean fromTax = RequestedActivity.isFromTaxIdentifier(kind);
            Optional<TradeIdentifier> identifier = fromTax ? application.importerNumber() : requested.identifier(kind);
            shown.add(new IdentifierView(kind, identifier.map(TradeIdentifier::display).orElse(null),
                    identifier.map(TradeIdentifier::isPersonalData).orElse(false), fromTax));
        }
        return new ActivityView(requested.activity(), List.copyOf(shown));
    }

    public String activityTitles() {
        return String.join(", ", activities.stream().map(a -> a.activity().title()).toList());
    }
}
