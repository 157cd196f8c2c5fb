package org.openace.site.terms;

import java.util.List;
import java.util.Optional;

import org.openace.identity.CurrentUser;
import org.openace.identity.SignInRequirement;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A user accepts the current Terms and Conditions at first sign-in and again whenever a new version is published. */
@Component
@Order(20)
class TermsAcceptanceRequirement implements SignInRequirement {

    private final TermsOfUse terms;

    TermsAcceptanceRequirement(TermsOfUse terms) {
        this.terms = terms;
    }

    @Override
    public Optional<String> pendingStep(CurrentUser user) {
        return terms.hasAccepted(user.userId(), terms.current().version()) ? Optional.empty() : Optional.of("/terms/accept");
    }

    @Override
    public List<String> stepPaths() {
        return List.of("/terms");
    }
}
