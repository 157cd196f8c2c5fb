package org.openace.onboarding;

import org.openace.notification.Mailer;
import org.openace.notification.OutgoingMail;
import org.openace.platform.PortalLinks;
import org.springframework.stereotype.Component;

/**
 * The e-mails an applicant receives: the reference and private link when they start, a confirmation when they
 * submit, the reasons and a new link when an officer returns the application, and the news of its approval. No
 * mail carries a tax identifier or an importer number.
 */
@Component
class ApplicationMails {

    private final Mailer mailer;
    private final PortalLinks portal;

    ApplicationMails(Mailer mailer, PortalLinks portal) {
        this.mailer = mailer;
        this.portal = portal;
    }

    void started(AccountApplication application, String link) {
        send(application, "APPLICATION_STARTED", "Your OpenACE account application " + application.reference(), """
                Dear %s,

                Thank you for applying for an OpenACE trade account. Your application's reference is %s.

                Your application is saved as a draft after every step. To come back to it, open this private link.
                Do not share it: anyone with the link can see and change the draft. It works until you submit the
                application.

                    %s

                If you did not start this application, you can ignore this message.
                """.formatted(application.applicant().name(), application.reference(), link));
    }

    void submitted(AccountApplication application, boolean again) {
        send(application, "APPLICATION_SUBMITTED", "Application " + application.reference() + (again ? " submitted again" : " submitted"), """
                Dear %s,

                We received your application %s for an OpenACE trade account%s. A customs officer will review it.
                You will receive an e-mail when it is approved, or if it is returned to you for corrections.
                """.formatted(application.applicant().name(), application.reference(),
                application.company().map(c -> " for " + c.legalName()).orElse("")));
    }

    void returned(AccountApplication application, String reasons, String link) {
        send(application, "APPLICATION_RETURNED", "Application " + application.reference() + " needs corrections", """
                Dear %s,

                A customs officer reviewed your application %s and returned it to you for these reasons:

                %s

                Open this private link to correct the application and submit it again. Do not share it:

                    %s
                """.formatted(application.applicant().name(), application.reference(), reasons, link));
    }

    void approved(AccountApplication application, String accountNumber) {
        String owner = application.owner().map(o -> o.name() + " (user ID " + o.username() + ")").orElse("the owner");
        send(application, "APPLICATION_APPROVED", "Application " + application.reference() + " approved", """
                Dear %s,

                Your application %s is approved. The trade account %s is open.

                The account owner, %s, receives a separate e-mail with a link to set their password. They then sign
                in to OpenACE with their user ID, their password and a code we e-mail them:

                    %s
                """.formatted(application.applicant().name(), application.reference(), accountNumber, owner,
                portal.link("/sign-in")));
    }

    private void send(AccountApplication application, String kind, String subject, String body) {
        mailer.send(new OutgoingMail(kind, application.applicant().email().value(), subject, body));
    }
}
