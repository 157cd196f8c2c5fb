package org.openace.notification.internal;

import org.openace.platform.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sealed columns of the outbox, so that re-encryption after a key rotation reaches them. */
@Configuration(proxyBeanMethods = false)
class SealedMailColumns {

    static final String TABLE = "outgoing_mail";

    @Bean
    EncryptedColumn outgoingMailRecipients() {
        return EncryptedColumn.of(TABLE, "recipient_cipher", "recipient");
    }

    @Bean
    EncryptedColumn outgoingMailSubjects() {
        return EncryptedColumn.of(TABLE, "subject_cipher", "subject");
    }

    @Bean
    EncryptedColumn outgoingMailBodies() {
        return EncryptedColumn.of(TABLE, "body_cipher", "body");
    }
}
