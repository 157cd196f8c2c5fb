package org.openace.filing.upload;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccountId;
import org.openace.account.ApiTokenPrincipal;
import org.openace.account.FilerSubAccounts;
import org.openace.audit.AuditActor;
import org.openace.filing.intake.Filer;
import org.openace.identity.CurrentUser;

/** Who uploads: a user of the account on the web, or filing software with an API token; and the filer it files as. */
record Uploader(AccountId account, Filer filer, @Nullable UUID user, @Nullable UUID token) {

    static Uploader of(ApiTokenPrincipal token) {
        return new Uploader(token.account(), Filer.of(token), null, token.tokenId());
    }

    static Uploader of(CurrentUser user, FilerSubAccounts.FilerSubAccount sub) {
        return new Uploader(sub.account(), new Filer(sub.filerCode(), sub.subAccount(),
                AuditActor.user(user.userId(), user.username())), user.userId(), null);
    }
}
