package org.openace.notification.internal;

import org.junit.jupiter.api.Test;
import org.openace.notification.MailNotSentException;
import org.openace.notification.OutgoingMail;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfiguredMailerTests {

    @Test
    void portalWithoutAWayToSendMailDoesNotStart() {
        assertThatThrownBy(() -> new ConfiguredMailer(null, null, false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SPRING_MAIL_HOST");
    }

    @Test
    void commandLineWithoutAWayToSendMailStartsAndRefusesToSend() {
        ConfiguredMailer mailer = new ConfiguredMailer(null, null, true);

        assertThatThrownBy(() -> mailer.send(new OutgoingMail("someone@openace.test", "Subject", "Text")))
                .isInstanceOf(MailNotSentException.class).hasMessageContaining("SPRING_MAIL_HOST");
    }
}
