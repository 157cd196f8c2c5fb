package org.openace.reports.adhoc;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openace.account.AccessControl;
import org.openace.account.AccountId;
import org.openace.identity.CurrentUser;
import org.openace.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Which templates a user sees: a customs officer, their own and those other officers shared; a trade user, their own
 * and those shared under the accounts they are an active member of now (a member who leaves an account no longer
 * sees its templates, not even their own). A template outside that is treated as absent.
 */
@Component
class TemplateReach {

    private final AccessControl access;
    private final ReportTemplates templates;

    TemplateReach(AccessControl access, ReportTemplates templates) {
        this.access = access;
        this.templates = templates;
    }

    /** The accounts a trade user keeps templates under (none for an officer). */
    List<AccountId> accountsOf(CurrentUser user) {
        return officer(user) ? List.of() : access.accountsOf(user.id());
    }

    static boolean officer(CurrentUser user) {
        return user.hasRole(Role.OFFICER);
    }

    List<ReportTemplate> visibleTo(CurrentUser user) {
        return officer(user) ? templates.ofOfficers(user.id()) : templates.ofAccounts(user.id(), accountsOf(user));
    }

    Optional<ReportTemplate> find(CurrentUser user, UUID id) {
        return templates.find(id).filter(template -> sees(user, template));
    }

    private boolean sees(CurrentUser user, ReportTemplate template) {
        if (!template.ownedBy(user.id()) && !template.shared()) {
            return false;
        }
        if (officer(user)) {
            return template.account() == null;
        }
        return template.account() != null && access.roleIn(user.id(), template.account()).isPresent();
    }
}
