package org.openace.notification.internal;

import org.junit.jupiter.api.Test;
import org.openace.notification.OutgoingMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfiguredTransportTests {

    @Test
    void portalWithoutAWayToSendMailDoesNotStart() {
        assertThatThrownBy(() -> new ConfiguredTransport(null, null, false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SPRING_MAIL_HOST");
    }

    @Test
    void commandLineWithoutAWayToSendMailStartsButCannotDeliver() {
        ConfiguredTransport transport = new ConfiguredTransport(null, null, true);

        assertThat(transport.canDeliver()).isFalse();
        assertThatThrownBy(() -> transport.deliver(new OutgoingMail("TEST", "someone@openace.test", "Subject", "Text")))
                .isInstanceOf(DeliveryFailedException.class).hasMessageContaining("SPRING_MAIL_HOST");
    }
}
