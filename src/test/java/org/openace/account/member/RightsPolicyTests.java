package org.openace.account.member;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.AccountRole;
import org.openace.account.PortCode;
import org.openace.account.SubAccountId;
import org.openace.account.core.RightSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openace.account.AccessLevel.EDIT;
import static org.openace.account.AccessLevel.VIEW;
import static org.openace.account.AccountFunction.ENTRIES;
import static org.openace.account.AccountFunction.PAYMENTS;
import static org.openace.account.AccountFunction.USERS;

/** A4: an editor who is not an owner gives and takes only what they hold themselves. */
class RightsPolicyTests {

    private static final SubAccountId EAST = SubAccountId.random();
    private static final SubAccountId WEST = SubAccountId.random();
    private static final UUID IMPORTER = UUID.randomUUID();
    private static final UUID OTHER_IMPORTER = UUID.randomUUID();
    private static final PortCode BALTIMORE = new PortCode("1303");

    private static RightSpec right(SubAccountId sub, AccountFunction function, AccessLevel level) {
        return new RightSpec(sub, function, level, null, null, PortCode.ALL_PORTS);
    }

    private static List<RightSpec> beyond(List<RightSpec> editorHolds, RightSpec... changes) {
        return RightsPolicy.beyondReach(AccountRole.USER, editorHolds, List.of(changes));
    }

    @Test
    void ownersAndProxyOwnersMayGiveAndTakeAnything() {
        RightSpec anything = right(EAST, USERS, EDIT);
        assertThat(RightsPolicy.beyondReach(AccountRole.OWNER, List.of(), List.of(anything))).isEmpty();
        assertThat(RightsPolicy.beyondReach(AccountRole.PROXY_OWNER, List.of(), List.of(anything))).isEmpty();
    }

    @Test
    void anEditorGivesWhatTheyHoldAtTheirLevelOrLowerOnTheSameSubAccountAndFunction() {
        List<RightSpec> holds = List.of(right(EAST, ENTRIES, VIEW), right(EAST, USERS, EDIT));

        assertThat(beyond(holds, right(EAST, ENTRIES, VIEW))).isEmpty();
        assertThat(beyond(holds, right(EAST, ENTRIES, EDIT))).as("a higher level").hasSize(1);
        assertThat(beyond(holds, right(WEST, ENTRIES, VIEW))).as("another sub-account").hasSize(1);
        assertThat(beyond(holds, right(EAST, PAYMENTS, VIEW))).as("another function").hasSize(1);
    }

    @Test
    void anEditorNarrowedToAnImporterNumberOrPortCannotGiveMoreThanThatNarrowing() {
        List<RightSpec> holds = List.of(new RightSpec(EAST, ENTRIES, EDIT, IMPORTER, null, BALTIMORE));

        assertThat(beyond(holds, new RightSpec(EAST, ENTRIES, VIEW, IMPORTER, null, BALTIMORE))).isEmpty();
        assertThat(beyond(holds, new RightSpec(EAST, ENTRIES, VIEW, null, null, BALTIMORE)))
                .as("every importer number").hasSize(1);
        assertThat(beyond(holds, new RightSpec(EAST, ENTRIES, VIEW, OTHER_IMPORTER, null, BALTIMORE)))
                .as("another importer number").hasSize(1);
        assertThat(beyond(holds, new RightSpec(EAST, ENTRIES, VIEW, IMPORTER, null, PortCode.ALL_PORTS)))
                .as("every port").hasSize(1);
    }

    @Test
    void anUnnarrowedEditorMayGiveNarrowedRights() {
        List<RightSpec> holds = List.of(right(EAST, ENTRIES, EDIT));

        assertThat(beyond(holds, new RightSpec(EAST, ENTRIES, EDIT, IMPORTER, UUID.randomUUID(), BALTIMORE))).isEmpty();
    }

    @Test
    void rightsOnUsersNeedTheEditorsUsersRightAtEdit() {
        assertThat(beyond(List.of(right(EAST, USERS, VIEW)), right(EAST, USERS, VIEW)))
                .as("USERS at VIEW is not enough to give USERS at VIEW").hasSize(1);
        assertThat(beyond(List.of(right(EAST, USERS, EDIT)), right(EAST, USERS, VIEW))).isEmpty();
        assertThat(beyond(List.of(right(EAST, USERS, EDIT)), right(EAST, USERS, EDIT))).isEmpty();
    }

    @Test
    void changesAreTheRightsAddedRemovedOrHeldAtAnotherLevel() {
        RightSpec kept = right(EAST, ENTRIES, VIEW);
        RightSpec removed = right(WEST, ENTRIES, VIEW);
        RightSpec added = right(EAST, PAYMENTS, VIEW);
        RightSpec before = right(WEST, PAYMENTS, EDIT);
        RightSpec after = right(WEST, PAYMENTS, VIEW);

        List<RightSpec> changes = RightsPolicy.changes(List.of(kept, removed, before), List.of(kept, added, after));

        assertThat(changes).containsExactlyInAnyOrder(added, after, removed, before);
    }

    @Test
    void takingARightBeyondTheEditorsIsRefusedLikeGivingIt() {
        List<RightSpec> holds = List.of(right(EAST, ENTRIES, VIEW));
        RightSpec theirs = right(EAST, ENTRIES, EDIT);

        List<RightSpec> lowering = RightsPolicy.changes(List.of(theirs), List.of(right(EAST, ENTRIES, VIEW)));
        List<RightSpec> removing = RightsPolicy.changes(List.of(theirs), List.of());

        assertThat(RightsPolicy.beyondReach(AccountRole.USER, holds, lowering)).containsExactly(theirs);
        assertThat(RightsPolicy.beyondReach(AccountRole.USER, holds, removing)).containsExactly(theirs);
    }
}
