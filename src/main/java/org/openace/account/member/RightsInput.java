package org.openace.account.member;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.AccountId;
import org.openace.account.IdentifierKind;
import org.openace.account.PortCode;
import org.openace.account.SubAccountId;
import org.openace.account.core.AccountChangeRefusedException;
import org.openace.account.core.Identifiers;
import org.openace.account.core.Problems;
import org.openace.account.core.RightSpec;
import org.openace.account.core.SubAccount;
import org.openace.account.core.SubAccounts;
import org.openace.account.subaccount.SubAccountInput;
import org.springframework.stereotype.Component;

/**
 * Reads rights as submitted (by the rights editor or the API) into rights of the account: an open sub-account of
 * the account, a function, a level ({@code NONE} or empty: no right), and optionally an importer number and a filer
 * code among the account's own identifiers of those kinds, and a port (4 digits; empty or {@code 9900}: every
 * port). Each problem is reported on its field, {@code rights[i].level} and so on.
 */
@Component
public class RightsInput {

    /** The most rights one user can be given in one request. */
    public static final int MAX_RIGHTS = 500;

    /** One right as submitted, every part as typed. */
    public record TypedRight(@Nullable String subAccount, @Nullable String function, @Nullable String level,
                             @Nullable String importer, @Nullable String filer, @Nullable String port) {
    }

    private final SubAccounts subAccounts;
    private final Identifiers identifiers;

    RightsInput(SubAccounts subAccounts, Identifiers identifiers) {
        this.subAccounts = subAccounts;
        this.identifiers = identifiers;
    }

    /** @throws AccountChangeRefusedException with the field problems */
    public List<RightSpec> parse(AccountId account, List<TypedRight> typed) {
        if (typed.size() > MAX_RIGHTS) {
            throw AccountChangeRefusedException.field("VALIDATION_FAILED", "rights",
                    "Give at most " + MAX_RIGHTS + " rights at once.");
        }
        Map<SubAccountId, SubAccount> open = new HashMap<>();
        subAccounts.ofAccount(account).stream()
                .filter(s -> s.status() == SubAccount.Status.ACTIVE || s.status() == SubAccount.Status.PENDING_APPROVAL)
                .forEach(s -> open.put(s.id(), s));
        Map<UUID, IdentifierKind> kinds = new HashMap<>();
        identifiers.ofAccount(account).forEach(i -> kinds.put(i.id(), i.kind()));
        return parse(typed, open.keySet(), kinds);
    }

    /** The checks, on the account's open sub-accounts and its identifiers' kinds. */
    static List<RightSpec> parse(List<TypedRight> typed, java.util.Set<SubAccountId> openSubAccounts,
                                 Map<UUID, IdentifierKind> identifierKinds) {
        Problems problems = new Problems();
        List<RightSpec> rights = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            TypedRight line = typed.get(i);
            String at = "rights[" + i + "].";
            if (line == null) {
                problems.add("rights[" + i + "]", "Describe the right.");
                continue;
            }
            String levelText = line.level() == null ? "" : line.level().strip();
            if (levelText.isEmpty() || levelText.equals("NONE")) {
                continue;
            }
            Optional<AccessLevel> level = SubAccountInput.parseEnum(AccessLevel.class, levelText);
            if (level.isEmpty()) {
                problems.add(at + "level", "Choose no access, view, or view and change.");
            }
            Optional<SubAccountId> sub = uuid(line.subAccount()).map(SubAccountId::new).filter(openSubAccounts::contains);
            if (sub.isEmpty()) {
                problems.add(at + "subAccount", "Choose an open sub-account of this account.");
            }
            Optional<AccountFunction> function = SubAccountInput.parseEnum(AccountFunction.class, line.function());
            if (function.isEmpty()) {
                problems.add(at + "function", "Choose a function: entries, reviews, payments, reports, or users.");
            }
            UUID importer = narrowing(line.importer(), IdentifierKind.IMPORTER_NUMBER, identifierKinds, at + "importer",
                    "Choose one of the account's importer numbers, or all.", problems);
            UUID filer = narrowing(line.filer(), IdentifierKind.FILER_CODE, identifierKinds, at + "filer",
                    "Choose one of the account's filer codes, or all.", problems);
            String portText = line.port() == null || line.port().isBlank() ? PortCode.ALL_PORTS.value() : line.port();
            Optional<PortCode> port = PortCode.parse(portText);
            if (port.isEmpty()) {
                problems.add(at + "port", "Enter a port code of 4 digits, or 9900 for every port.");
            }
            if (level.isPresent() && sub.isPresent() && function.isPresent() && port.isPresent()) {
                RightSpec right = new RightSpec(sub.get(), function.get(), level.get(), importer, filer, port.get());
                if (rights.stream().anyMatch(right::sameDataAs)) {
                    problems.add(at + "level", "This right is given twice; give it once, at one level.");
                }
                else {
                    rights.add(right);
                }
            }
        }
        problems.throwIfAny();
        return List.copyOf(rights);
    }

    private static @Nullable UUID narrowing(@Nullable String typed, IdentifierKind kind, Map<UUID, IdentifierKind> kinds,
                                            String field, String message, Problems problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Optional<UUID> id = uuid(typed).filter(u -> kinds.get(u) == kind);
        if (id.isEmpty()) {
            problems.add(field, message);
            return null;
        }
        return id.get();
    }

    static Optional<UUID> uuid(@Nullable String typed) {
        if (typed == null || !typed.strip().matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(typed.strip()));
    }
}
