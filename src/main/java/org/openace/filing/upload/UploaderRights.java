package org.openace.filing.upload;

import org.openace.account.ApiTokenStanding;
import org.openace.account.FilerSubAccounts;
import org.openace.identity.UserId;
import org.springframework.stereotype.Component;

/**
 * Whether the one who sent an upload may still file under its filer code, asked by {@link UploadWorker} before each
 * batch of summaries: an API token must still be valid (unrevoked, unexpired, its sub-account still filing under the
 * code), a user must still hold entries at edit on the filer sub-account for that code ({@link FilerSubAccounts}).
 */
@Component
class UploaderRights {

    private final ApiTokenStanding tokens;
    private final FilerSubAccounts filers;

    UploaderRights(ApiTokenStanding tokens, FilerSubAccounts filers) {
        this.tokens = tokens;
        this.filers = filers;
    }

    boolean mayStillFile(UploadJob job) {
        if (job.tokenId() != null) {
            return tokens.mayStillFile(job.tokenId());
        }
        return job.uploadedBy() != null && filers.whereUserFiles(new UserId(job.uploadedBy()), job.filerSubAccount(),
                job.filerCode()).isPresent();
    }
}
