package org.openace.account.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.Address;
import org.openace.account.TradeAccount;
import org.openace.account.core.Identifier;
import org.openace.account.core.Right;
import org.openace.account.core.SubAccount;
import org.openace.account.member.AccountMembers;
import org.openace.account.mine.MyAccounts;
import org.openace.account.overview.AccountOverviews;
import org.openace.account.overview.ReachedSubAccount;

/**
 * The JSON documents of the accounts API (described in {@code /api/openapi.yaml}): plain records made from the use
 * cases' views, never the stored rows. Personal identifiers appear only masked.
 */
final class AccountJson {

    private AccountJson() {
    }

    /** {@code GET /api/v1/csrf}: what to send with a state-changing request. */
    record CsrfJson(String headerName, String parameterName, String token) {
    }

    /** {@code GET /api/v1/accounts}. */
    record MyAccountsJson(List<MembershipJson> memberships, List<InvitationJson> invitations,
                          List<GrantedJson> granted) {

        static MyAccountsJson of(MyAccounts.Overview overview) {
            return new MyAccountsJson(
                    overview.memberships().stream().map(m -> new MembershipJson(m.account().id().value(),
                            m.account().number(), m.account().displayName(), m.role().name(),
                            m.account().status().name())).toList(),
                    overview.invitations().stream().map(i -> new InvitationJson(i.account().id().value(),
                            i.account().number(), i.account().displayName(), i.role().name(), i.invitedAt(),
                            i.expiresAt(), i.expired())).toList(),
                    overview.granted().stream().map(g -> new GrantedJson(g.account().id().value(), g.account().number(),
                            g.account().displayName(), g.subAccounts().stream().map(ReachJson::of).toList())).toList());
        }
    }

    record MembershipJson(UUID accountId, String number, String name, String role, String accountStatus) {
    }

    record InvitationJson(UUID accountId, String number, String name, String role, Instant invitedAt,
                          Instant expiresAt, boolean expired) {
    }

    record GrantedJson(UUID accountId, String number, String name, List<ReachJson> subAccounts) {
    }

    /** A sub-account reached, with the level per function ({@code VIEW} or {@code EDIT}). */
    record ReachJson(UUID subAccountId, String name, String activity, Map<String, String> functions) {

        static ReachJson of(ReachedSubAccount reached) {
            Map<String, String> functions = new LinkedHashMap<>();
            reached.functions().forEach((function, level) -> functions.put(function.name(), level.name()));
            return new ReachJson(reached.subAccount().id().value(), reached.subAccount().name(),
                    reached.subAccount().activity().name(), functions);
        }
    }

    /** {@code GET /api/v1/accounts/{accountId}}: members see the company in full; others what they reach. */
    record AccountDetailJson(UUID id, String number, String legalName, @Nullable String doingBusinessAs,
                             String status, @Nullable String yourRole, @Nullable AddressJson address,
                             @Nullable String phone, @Nullable TaxIdentifierJson taxIdentifier,
                             List<SubAccountJson> subAccounts, List<RightJson> yourRights, List<ReachJson> reach) {

        static AccountDetailJson of(AccountOverviews.Overview overview) {
            TradeAccount account = overview.account();
            boolean member = overview.member();
            return new AccountDetailJson(account.id().value(), account.number(), account.legalName(),
                    account.doingBusinessAs(), account.status().name(),
                    member ? overview.role().name() : null, member ? AddressJson.of(account.address()) : null,
                    member ? account.phone() : null,
                    member ? new TaxIdentifierJson(account.taxIdKind().name(), account.taxIdDisplay()) : null,
                    overview.subAccounts().stream().map(SubAccountJson::of).toList(),
                    overview.rights().stream().map(v -> RightJson.of(v.right())).toList(),
                    overview.reach().stream().map(ReachJson::of).toList());
        }
    }

    record AddressJson(String street, String city, @Nullable String region, @Nullable String postalCode,
                       String country) {
        static AddressJson of(Address address) {
            return new AddressJson(address.street(), address.city(), address.region(), address.postalCode(),
                    address.country());
        }
    }

    /** The kind and the masked form; the full value only through the owner's audited reveal on the page. */
    record TaxIdentifierJson(String kind, String masked) {
    }

    record SubAccountJson(UUID id, String activity, String name, String status, Instant createdAt,
                          List<IdentifierJson> identifiers) {

        static SubAccountJson of(AccountOverviews.SubAccountView view) {
            SubAccount sub = view.subAccount();
            return new SubAccountJson(sub.id().value(), sub.activity().name(), sub.name(), sub.status().name(),
                    sub.createdAt(), view.identifiers().stream().map(IdentifierJson::of).toList());
        }
    }

    /** An identifier as shown: personal importer numbers masked. */
    record IdentifierJson(UUID id, String kind, String display) {
        static IdentifierJson of(Identifier identifier) {
            return new IdentifierJson(identifier.id(), identifier.kind().name(), identifier.display());
        }
    }

    record RightJson(UUID id, UUID subAccountId, String function, String level, @Nullable UUID importerIdentifierId,
                     @Nullable UUID filerIdentifierId, String port) {
        static RightJson of(Right right) {
            return new RightJson(right.id(), right.subAccountId().value(), right.function().name(),
                    right.level().name(), right.importerIdentifierId(), right.filerIdentifierId(), right.port().value());
        }
    }

    /** {@code GET /api/v1/accounts/{accountId}/users}. */
    record MembersJson(List<MemberJson> members) {
        static MembersJson of(List<AccountMembers.MemberView> members) {
            return new MembersJson(members.stream().map(MemberJson::of).toList());
        }
    }

    record MemberJson(UUID userId, String username, String name, String role, String membership, String userStatus,
                      boolean locked, @Nullable Instant lastSignInAt, @Nullable Instant invitationExpiresAt) {
        static MemberJson of(AccountMembers.MemberView view) {
            return new MemberJson(view.user().id().value(), view.user().username().value(), view.user().displayName(),
                    view.membership().role().name(), view.membership().status().name(), view.user().status(),
                    view.user().locked(), view.user().lastSignInAt(), view.invitationExpiresAt());
        }
    }

    /** The answer to a rights change: the user's rights from now on. */
    record RightsJson(UUID userId, List<RightJson> rights) {
        static RightsJson of(UUID user, List<Right> rights) {
            return new RightsJson(user, rights.stream().map(RightJson::of).toList());
        }
    }

    // --- requests -----------------------------------------------------------------------------------------------

    /** {@code POST /api/v1/accounts/{accountId}/sub-accounts}. */
    record NewSubAccountRequest(@Nullable String activity, @Nullable String name,
                                @Nullable List<IdentifierRequest> identifiers) {
    }

    record IdentifierRequest(@Nullable String kind, @Nullable String value) {
        @Override
        public String toString() {
            return "IdentifierRequest[" + kind + "]";
        }
    }

    /** {@code POST /api/v1/accounts/{accountId}/users/{userId}/rights}: the user's rights from now on. */
    record RightsRequest(@Nullable List<RightRequest> rights) {
    }

    record RightRequest(@Nullable String subAccountId, @Nullable String function, @Nullable String level,
                        @Nullable String importerIdentifierId, @Nullable String filerIdentifierId,
                        @Nullable String port) {
    }
}
