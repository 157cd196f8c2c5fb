package org.openace.account.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.openace.account.AccessLevel;
import org.openace.account.AccountAccess;
import org.openace.account.AccountDataNotFoundException;
import org.openace.account.AccountFunction;
import org.openace.account.AccountId;
import org.openace.account.AccountOwnerOnly;
import org.openace.account.AccountVisible;
import org.openace.account.PathIds;
import org.openace.account.SubAccountId;
import org.openace.account.core.AccountChangeRefusedException;
import org.openace.account.core.Right;
import org.openace.account.core.SubAccount;
import org.openace.account.member.AccountMembers;
import org.openace.account.member.ChangeRights;
import org.openace.account.member.RightsInput;
import org.openace.account.mine.MyAccounts;
import org.openace.account.overview.AccountOverviews;
import org.openace.account.subaccount.AddSubAccount;
import org.openace.account.subaccount.SubAccountInput;
import org.openace.identity.CurrentUser;
import org.openace.identity.UserId;
import org.openace.platform.web.SignedInUser;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The accounts API (I2), for the signed-in user's session: the same use cases and the same access declarations as
 * the pages, so that it answers the same way — 404 (a problem document with code {@code NOT_FOUND}) for anything
 * the user may not reach, whether it exists or not. Described in {@code /api/openapi.yaml}.
 * <p>
 * State-changing requests need the session's CSRF token in a header. The token's cookie cannot be read by scripts
 * (it is HttpOnly), so a client asks for it first: {@code GET /api/v1/csrf} answers {@code headerName} and
 * {@code token}; send {@code <headerName>: <token>} with every {@code POST} (pages also carry it in
 * {@code <meta name="_csrf">}). Without it a {@code POST} gets 403.
 * <p>
 * The mappings name no media types on purpose: a request in another format reaches the endpoint and is answered by
 * {@link AccountApiProblems} with a problem document ({@code UNSUPPORTED_MEDIA_TYPE}), like every other error.
 */
@RestController
@RequestMapping("/api/v1")
class AccountsApiController {

    private static final int MAX_IDENTIFIERS = 20;

    private final MyAccounts myAccounts;
    private final AccountOverviews overviews;
    private final AccountMembers members;
    private final AddSubAccount addSubAccount;
    private final RightsInput rightsInput;
    private final ChangeRights changeRights;

    AccountsApiController(MyAccounts myAccounts, AccountOverviews overviews, AccountMembers members,
                          AddSubAccount addSubAccount, RightsInput rightsInput, ChangeRights changeRights) {
        this.myAccounts = myAccounts;
        this.overviews = overviews;
        this.members = members;
        this.addSubAccount = addSubAccount;
        this.rightsInput = rightsInput;
        this.changeRights = changeRights;
    }

    /** The CSRF header and token of this session, for state-changing requests. */
    @GetMapping("/csrf")
    @SignedInUser
    ResponseEntity<AccountJson.CsrfJson> csrf(CsrfToken token) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new AccountJson.CsrfJson(token.getHeaderName(), token.getParameterName(), token.getToken()));
    }

    @GetMapping("/accounts")
    @SignedInUser
    AccountJson.MyAccountsJson myAccounts(@AuthenticationPrincipal CurrentUser user) {
        return AccountJson.MyAccountsJson.of(myAccounts.of(user.id()));
    }

    @GetMapping("/accounts/{accountId}")
    @AccountVisible
    AccountJson.AccountDetailJson account(@PathVariable String accountId, @AuthenticationPrincipal CurrentUser user) {
        return AccountJson.AccountDetailJson.of(overviews.of(user.id(), PathIds.account(accountId)));
    }

    @GetMapping("/accounts/{accountId}/sub-accounts")
    @AccountVisible
    List<AccountJson.SubAccountJson> subAccounts(@PathVariable String accountId,
                                                 @AuthenticationPrincipal CurrentUser user) {
        return overviews.of(user.id(), PathIds.account(accountId)).subAccounts().stream()
                .map(AccountJson.SubAccountJson::of).toList();
    }

    @GetMapping("/accounts/{accountId}/sub-accounts/{subAccountId}")
    @AccountVisible
    AccountJson.SubAccountJson subAccount(@PathVariable String accountId, @PathVariable String subAccountId) {
        return overviews.subAccount(PathIds.account(accountId), new SubAccountId(PathIds.uuid(subAccountId)))
                .map(AccountJson.SubAccountJson::of).orElseThrow(AccountDataNotFoundException::new);
    }

    /** Adds a sub-account; 201 with it. Broker, filer and carrier sub-accounts are {@code PENDING_APPROVAL}. */
    @PostMapping("/accounts/{accountId}/sub-accounts")
    @AccountOwnerOnly
    ResponseEntity<AccountJson.SubAccountJson> addSubAccount(@PathVariable String accountId,
                                                             @RequestBody AccountJson.NewSubAccountRequest body,
                                                             @AuthenticationPrincipal CurrentUser user) {
        AccountId id = PathIds.account(accountId);
        List<AccountJson.IdentifierRequest> given = body.identifiers() == null ? List.of() : body.identifiers();
        if (given.size() > MAX_IDENTIFIERS) {
            throw AccountChangeRefusedException.field("VALIDATION_FAILED", "identifiers",
                    "Give at most " + MAX_IDENTIFIERS + " identifiers.");
        }
        List<SubAccountInput.TypedIdentifier> typed = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            AccountJson.IdentifierRequest identifier = given.get(i);
            typed.add(new SubAccountInput.TypedIdentifier(identifier == null ? "" : identifier.kind(),
                    identifier == null ? null : identifier.value(), "identifiers[" + i + "].value"));
        }
        SubAccountInput.NewSubAccount request = SubAccountInput.parse(body.activity(), body.name(), typed,
                "identifiers");
        SubAccount added = addSubAccount.add(user, id, request, i -> "identifiers[" + i + "].value");
        AccountOverviews.SubAccountView view = overviews.subAccount(id, added.id()).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + id + "/sub-accounts/" + added.id()))
                .body(AccountJson.SubAccountJson.of(view));
    }

    @GetMapping("/accounts/{accountId}/users")
    @AccountAccess(function = AccountFunction.USERS, level = AccessLevel.VIEW)
    AccountJson.MembersJson users(@PathVariable String accountId) {
        return AccountJson.MembersJson.of(members.of(PathIds.account(accountId)));
    }

    /** Replaces the user's rights in the account, all at once; the same rules as the rights editor. */
    @PostMapping("/accounts/{accountId}/users/{userId}/rights")
    @AccountAccess(function = AccountFunction.USERS, level = AccessLevel.EDIT)
    AccountJson.RightsJson replaceRights(@PathVariable String accountId, @PathVariable String userId,
                                         @RequestBody AccountJson.RightsRequest body,
                                         @AuthenticationPrincipal CurrentUser user) {
        AccountId id = PathIds.account(accountId);
        UserId member = PathIds.user(userId);
        if (body.rights() == null) {
            throw AccountChangeRefusedException.field("VALIDATION_FAILED", "rights",
                    "Give the user's rights (an empty list removes them all).");
        }
        List<RightsInput.TypedRight> lines = body.rights().stream().map(r -> r == null ? null
                : new RightsInput.TypedRight(r.subAccountId(), r.function(), r.level(), r.importerIdentifierId(),
                r.filerIdentifierId(), r.port())).toList();
        List<Right> now = changeRights.replace(user, id, member, rightsInput.parse(id, lines));
        return AccountJson.RightsJson.of(member.value(), now);
    }
}
