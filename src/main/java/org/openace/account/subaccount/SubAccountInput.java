package org.openace.account.subaccount;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openace.account.BusinessActivity;
import org.openace.account.IdentifierKind;
import org.openace.account.TradeIdentifier;
import org.openace.account.core.Problems;

/**
 * Reads what someone typed to add a sub-account or an identifier: the activity, a name, and the identifiers in the
 * published form of their kind (a field error with the form's hint otherwise).
 */
public final class SubAccountInput {

    static final int MAX_NAME = 200;

    /** A typed identifier; a null kind means the kind the activity requires. */
    public record TypedIdentifier(@Nullable String kind, @Nullable String value, String field) {
    }

    private SubAccountInput() {
    }

    /** A checked request to add a sub-account. */
    public record NewSubAccount(BusinessActivity activity, String name, List<TradeIdentifier> identifiers) {
    }

    /**
     * @param missingField where to report an identifier the activity needs but that was not given
     * @throws AccountChangeRefusedException with the field problems
     */
    public static NewSubAccount parse(@Nullable String activity, @Nullable String name,
                                      List<TypedIdentifier> identifiers, String missingField) {
        Problems problems = new Problems();
        Optional<BusinessActivity> parsedActivity = activity(activity);
        if (parsedActivity.isEmpty()) {
            problems.add("activity", "Choose the business activity of the sub-account.");
        }
        String cleanName = name(name, problems);
        List<TradeIdentifier> parsed = new ArrayList<>();
        if (parsedActivity.isPresent()) {
            BusinessActivity chosen = parsedActivity.get();
            Set<IdentifierKind> given = EnumSet.noneOf(IdentifierKind.class);
            for (TypedIdentifier typed : identifiers) {
                if (typed.kind() == null && chosen.identifiers().isEmpty()) {
                    continue;
                }
                Optional<IdentifierKind> kind = typed.kind() == null ? Optional.of(chosen.identifiers().getFirst())
                        : kind(typed.kind());
                if (kind.isEmpty() || !chosen.identifiers().contains(kind.get())) {
                    problems.add(typed.field(), "A " + org.openace.platform.Sentences.inSentence(chosen.title())
                            + " sub-account has no identifier of that kind.");
                    continue;
                }
                given.add(kind.get());
                identifier(kind.get(), typed.value(), typed.field(), problems).ifPresent(identifier -> {
                    if (parsed.contains(identifier)) {
                        problems.add(typed.field(), "This " + IdentifierWords.of(kind.get()) + " is given twice.");
                    }
                    else {
                        parsed.add(identifier);
                    }
                });
            }
            for (IdentifierKind needed : chosen.identifiers()) {
                if (!given.contains(needed)) {
                    problems.add(missingField, "Enter the " + IdentifierWords.of(needed) + " of the "
                            + org.openace.platform.Sentences.inSentence(chosen.title()) + " sub-account.");
                }
            }
        }
        problems.throwIfAny();
        return new NewSubAccount(parsedActivity.orElseThrow(), cleanName, List.copyOf(parsed));
    }

    /** One identifier of a kind, or a field problem with the kind's format hint. */
    static Optional<TradeIdentifier> identifier(IdentifierKind kind, @Nullable String value, String field,
                                                Problems problems) {
        if (value == null || value.isBlank()) {
            problems.add(field, "Enter the " + IdentifierWords.of(kind) + ". " + TradeIdentifier.formatHint(kind));
            return Optional.empty();
        }
        Optional<TradeIdentifier> parsed = value.length() > 40 ? Optional.empty() : TradeIdentifier.parse(kind, value);
        if (parsed.isEmpty()) {
            problems.add(field, "This is not " + IdentifierWords.article(kind) + " " + IdentifierWords.of(kind) + ". "
                    + TradeIdentifier.formatHint(kind));
        }
        return parsed;
    }

    static Optional<BusinessActivity> activity(@Nullable String typed) {
        return parseEnum(BusinessActivity.class, typed);
    }

    static Optional<IdentifierKind> kind(@Nullable String typed) {
        return parseEnum(IdentifierKind.class, typed);
    }

    public static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, @Nullable String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(typed.strip())) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    private static String name(@Nullable String typed, Problems problems) {
        String clean = typed == null ? "" : typed.strip();
        if (clean.isEmpty()) {
            problems.add("name", "Enter a name for the sub-account, for example the division or office.");
        }
        else if (clean.length() > MAX_NAME) {
            problems.add("name", "Keep the name to " + MAX_NAME + " characters or fewer.");
        }
        else if (clean.chars().anyMatch(Character::isISOControl)) {
            problems.add("name", "The name cannot hold control characters.");
        }
        return clean;
    }
}
