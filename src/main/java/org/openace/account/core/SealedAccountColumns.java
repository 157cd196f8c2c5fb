package org.openace.account.core;

import org.openace.platform.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the accounts' sealed tax identifiers and identifiers, so that a key rotation re-seals them too. */
@Configuration(proxyBeanMethods = false)
class SealedAccountColumns {

    @Bean
    EncryptedColumn accountTaxIdentifiers() {
        return EncryptedColumn.of("trade_account", "tax_id_cipher", "tax_id");
    }

    @Bean
    EncryptedColumn accountIdentifiers() {
        return EncryptedColumn.of("account_identifier", "value_cipher", "value");
    }
}
