package org.openace.account.member;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.AccountRole;
import org.openace.account.BusinessActivity;
import org.openace.account.IdentifierKind;
import org.openace.account.PortCode;
import org.openace.account.SubAccountId;
import org.openace.account.TradeIdentifier;
import org.openace.account.contact.ChangeContacts;
import org.openace.account.core.AccountChangeRefusedException;
import org.openace.account.core.FieldProblem;
import org.openace.account.core.RightSpec;
import org.openace.account.overview.RevealTaxIdentifier;
import org.openace.account.subaccount.SubAccountInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Bad input becomes field problems with clear messages, never a half-checked request. */
class InputTests {

    private static final SubAccountId SUB = SubAccountId.random();
    private static final UUID IMPORTER = UUID.randomUUID();
    private static final UUID FILER = UUID.randomUUID();
    private static final Map<UUID, IdentifierKind> KINDS = Map.of(IMPORTER, IdentifierKind.IMPORTER_NUMBER,
            FILER, IdentifierKind.FILER_CODE);

    private static List<FieldProblem> problems(Runnable parse) {
        AccountChangeRefusedException refused = catchThrowableOfType(AccountChangeRefusedException.class, parse::run);
        assertThat(refused).as("refused").isNotNull();
        return refused.fields();
    }

    private static List<RightSpec> rights(RightsInput.TypedRight... lines) {
        return RightsInput.parse(List.of(lines), Set.of(SUB), KINDS);
    }

    @Test
    void rightsAreReadWithTheirNarrowingAndNoAccessRowsAreLeftOut() {
        List<RightSpec> parsed = rights(
                new RightsInput.TypedRight(SUB.toString(), "ENTRIES", "EDIT", IMPORTER.toString(), FILER.toString(), "2704"),
                new RightsInput.TypedRight(SUB.toString(), "PAYMENTS", "NONE", "", "", ""),
                new RightsInput.TypedRight(SUB.toString(), "REPORTS", "VIEW", "", "", ""));

        assertThat(parsed).containsExactly(
                new RightSpec(SUB, AccountFunction.ENTRIES, AccessLevel.EDIT, IMPORTER, FILER, new PortCode("2704")),
                new RightSpec(SUB, AccountFunction.REPORTS, AccessLevel.VIEW, null, null, PortCode.ALL_PORTS));
    }

    @Test
    void everyBadPartOfARightIsReportedOnItsField() {
        List<FieldProblem> found = problems(() -> rights(
                new RightsInput.TypedRight(SubAccountId.random().toString(), "ENTRIES", "VIEW", "", "", ""),
                new RightsInput.TypedRight(SUB.toString(), "BANKING", "ALL", FILER.toString(), IMPORTER.toString(), "27")));

        assertThat(found).extracting(FieldProblem::field).containsExactlyInAnyOrder("rights[0].subAccount",
                "rights[1].function", "rights[1].level", "rights[1].importer", "rights[1].filer", "rights[1].port");
    }

    @Test
    void theSameRightTwiceIsRefused() {
        List<FieldProblem> found = problems(() -> rights(
                new RightsInput.TypedRight(SUB.toString(), "ENTRIES", "VIEW", "", "", "9900"),
                new RightsInput.TypedRight(SUB.toString(), "ENTRIES", "EDIT", "", "", "")));

        assertThat(found).extracting(FieldProblem::field).containsExactly("rights[1].level");
    }

    @Test
    void anIdentifierNotInItsPublishedFormIsAFieldErrorWithTheFormatHint() {
        List<FieldProblem> found = problems(() -> SubAccountInput.parse("BROKER", "Brokerage",
                List.of(new SubAccountInput.TypedIdentifier(null, "0000", "identifier")), "identifier"));

        assertThat(found).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("identifier");
            assertThat(problem.message()).contains(TradeIdentifier.formatHint(IdentifierKind.FILER_CODE));
        });
    }

    @Test
    void aSubAccountNeedsItsActivitysIdentifierAndNoOtherKind() {
        assertThat(problems(() -> SubAccountInput.parse("CARRIER", "Ships", List.of(), "identifiers")))
                .extracting(FieldProblem::field).containsExactly("identifiers");
        assertThat(problems(() -> SubAccountInput.parse("IMPORTER", "Imports", List.of(
                new SubAccountInput.TypedIdentifier("FILER_CODE", "A1B", "identifiers[0].value")), "identifiers")))
                .extracting(FieldProblem::field).contains("identifiers[0].value", "identifiers");
        SubAccountInput.NewSubAccount exporter = SubAccountInput.parse("EXPORTER", "  Exports  ",
                List.of(new SubAccountInput.TypedIdentifier(null, "", "identifier")), "identifier");
        assertThat(exporter.activity()).isEqualTo(BusinessActivity.EXPORTER);
        assertThat(exporter.name()).isEqualTo("Exports");
        assertThat(exporter.identifiers()).isEmpty();
    }

    @Test
    void unknownActivitiesAndBadNamesAreRefused() {
        assertThat(problems(() -> SubAccountInput.parse("SMUGGLER", "\u0000", List.of(), "identifier")))
                .extracting(FieldProblem::field).containsExactlyInAnyOrder("activity", "name");
        assertThat(problems(() -> SubAccountInput.parse("EXPORTER", "x".repeat(201), List.of(), "identifier")))
                .extracting(FieldProblem::field).containsExactly("name");
    }

    @Test
    void invitationsNeedAValidUserIdAndForANewPersonANameAndAnAddress() {
        assertThat(problems(() -> InvitationInput.parse("NEW", "x", "", "not-an-address", "USER", List.of())))
                .extracting(FieldProblem::field).containsExactlyInAnyOrder("username", "displayName", "email");
        assertThat(problems(() -> InvitationInput.parse("EXISTING", "jane.doe", "", "", "OWNER", List.of())))
                .extracting(FieldProblem::field).containsExactly("role");
        InviteUser.Invitation existing = InvitationInput.parse("EXISTING", " Jane.Doe ", null, null, "PROXY_OWNER",
                List.of());
        assertThat(existing.invitee()).isEqualTo(new InviteUser.Invitee.Existing(new org.openace.identity.Username("jane.doe")));
        assertThat(existing.role()).isEqualTo(AccountRole.PROXY_OWNER);
    }

    @Test
    void aRevealNoteKeepsNoNumberThatCouldBeTheIdentifier() {
        assertThat(RevealTaxIdentifier.withoutNumbers("Bank asked for 95-995635500, 959956355 and 123 45 6789 today"))
                .isEqualTo("Bank asked for [number left out], [number left out] and [number left out] today");
        assertThat(RevealTaxIdentifier.withoutNumbers("Form 5106 for 2 owners")).isEqualTo("Form 5106 for 2 owners");
        assertThat(RevealTaxIdentifier.withoutNumbers("a\u0000b\r\nc")).isEqualTo("abc");
    }

    @Test
    void contactsNeedANameAndAWayToReachThem() {
        assertThat(problems(() -> ChangeContacts.parse("BILLING", " ", null, null, null)))
                .extracting(FieldProblem::field).containsExactly("name");
        assertThat(problems(() -> ChangeContacts.parse("BILLING", "Jane", null, "", "")))
                .extracting(FieldProblem::field).containsExactly("email");
        assertThat(problems(() -> ChangeContacts.parse("CEO", "Jane", null, "jane@", "call me")))
                .extracting(FieldProblem::field).containsExactlyInAnyOrder("kind", "email", "phone");
        assertThat(ChangeContacts.parse("BILLING", "Jane Roe", "", "", "+1 410 555 0100").phone())
                .isEqualTo("+1 410 555 0100");
    }
}
