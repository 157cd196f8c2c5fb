package org.openace.onboarding;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.openace.account.BusinessActivity;
import org.openace.account.IdentifierKind;
import org.openace.account.TradeIdentifier;

/** A business activity the company asks a sub-account for, with exactly one identifier of each kind it requires. */
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
        if (!kinds.equals(activity.identifiers().isEmpty() ? EnumSet.noneOf(IdentifierKind.class)
                : EnumSet.copyOf(activity.identifiers()))) {
            throw new IllegalArgumentException("The " + activity.title() + " activity needs exactly its identifiers");
        }
    }

    Optional<TradeIdentifier> identifier(IdentifierKind kind) {
        return identifiers.stream().filter(i -> i.kind() == kind).findFirst();
    }
}
