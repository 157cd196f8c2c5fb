package org.openace.filing.intake;

import org.openace.account.ApiTokenPrincipal;
import org.openace.account.SubAccountId;
import org.openace.audit.AuditActor;

/**
 * Who files: the filer code the summaries are filed under, the filer-type sub-account holding it, and how the audit
 * trail and the entries' history name the one acting (an API token, or a user uploading on the web).
 */
public record Filer(String filerCode, SubAccountId subAccount, AuditActor actor) {

    public static Filer of(ApiTokenPrincipal token) {
        return new Filer(token.filerCode(), token.subAccount(), new AuditActor(null, token.auditName()));
    }

    /** The name kept in an entry's history and versions: never personal data. */
    public String actorName() {
        return actor.name();
    }
}
