package org.openace.onboarding;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.openace.account.BusinessActivity;
import org.openace.account.IdentifierKind;
import org.openace.account.TradeIdentifier;

/**
 * A business activity the company asks a sub-account for, with exactly one identifier of each kind the activities
 * step asks for it. The importer number is not among them: it is the company's tax identifier, asked once on the
 * tax identifier step (see {@link AccountApplication#identifiersOf(RequestedActivity)}).
 */
record RequestedActivity(BusinessActivity activity, List<TradeIdentifier> identifiers) {

    RequestedActivity {
        Objects.requireNonNull(activity, "activity");
        identifiers = List.copyOf(identifiers);
        Set<IdentifierKind> kinds = EnumSet.noneOf(IdentifierKind.class);
        for (TradeIdentifier identifier : identifiers) {
            if (!kinds.add(identifier.kind())) {
                throw new IllegalArgumentException("One identifier of each kind per activity");
            }
        }
        List<IdentifierKind> asked = asked(activity);
        if (!kinds.equals(asked.isEmpty() ? EnumSet.noneOf(IdentifierKind.class) : EnumSet.copyOf(asked))) {
            throw new IllegalArgumentException("The " + activity.title() + " activity needs exactly its identifiers");
        }
    }

    /** The identifier kinds the activities step asks for this activity: all it requires but the importer number. */
    static List<IdentifierKind> asked(BusinessActivity activity) {
        return activity.identifiers().stream().filter(k -> !isFromTaxIdentifier(k)).toList();
    }

    /** Whether identifiers of this kind are the company's tax identifier rather than asked for an activity. */
    static boolean isFromTaxIdentifier(IdentifierKind kind) {
        return kind == IdentifierKind.IMPORTER_NUMBER;
    }

    Optional<TradeIdentifier> identifier(IdentifierKind kind) {
        return identifiers.stream().filter(i -> i.kind() == kind).findFirst();
    }
}
