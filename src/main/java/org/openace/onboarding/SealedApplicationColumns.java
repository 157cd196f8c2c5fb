package org.openace.onboarding;

import org.openace.platform.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the applications' sealed tax identifiers and importer numbers, so that a key rotation re-seals them. */
@Configuration(proxyBeanMethods = false)
class SealedApplicationColumns {

    @Bean
    EncryptedColumn applicationTaxIdentifiers() {
        return EncryptedColumn.of("account_application", "tax_id_cipher", "tax_id");
    }

    @Bean
    EncryptedColumn applicationIdentifiers() {
        return EncryptedColumn.of("account_application_identifier", "value_cipher", "value");
    }
}
