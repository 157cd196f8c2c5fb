package org.openace.account.member;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.AccountRole;
import org.openace.account.core.RightSpec;

/**
 * Whose rights an editor may change (A4), as pure rules. Owners and proxy owners may give and take any right in
 * their account. Anyone else manages users through their own rights and may only give or take what they hold
 * themselves: the same sub-account and function, at a level at most theirs, narrowed at least as much as theirs;
 * rights on users and rights (USERS) only if they hold USERS at EDIT. Taking counts like giving: a right the editor
 * could not give, they cannot take either (nor lower, nor remove with its holder).
 */
final class RightsPolicy {

    private RightsPolicy() {
    }

    /** The rights that differ between two sets: added, removed, or held at another level. */
    public static List<RightSpec> changes(Collection<RightSpec> current, Collection<RightSpec> wanted) {
        List<RightSpec> changed = new ArrayList<>();
        wanted.stream().filter(w -> !current.contains(w)).forEach(changed::add);
        current.stream().filter(c -> !wanted.contains(c)).forEach(changed::add);
        return changed;
    }

    /** The rights among {@code rights} that the editor may not give or take. */
    public static List<RightSpec> beyondReach(AccountRole editorRole, Collection<RightSpec> editorHolds,
                                              Collection<RightSpec> rights) {
        if (editorRole.isOwner()) {
            return List.of();
        }
        return rights.stream().filter(r -> !withinReach(editorHolds, r)).toList();
    }

    static boolean withinReach(Collection<RightSpec> editorHolds, RightSpec right) {
        RightSpec needed = right.function() == AccountFunction.USERS
                ? new RightSpec(right.subAccount(), right.function(), AccessLevel.EDIT, right.importerIdentifier(),
                right.filerIdentifier(), right.port())
                : right;
        return editorHolds.stream().anyMatch(held -> held.covers(needed));
    }
}
