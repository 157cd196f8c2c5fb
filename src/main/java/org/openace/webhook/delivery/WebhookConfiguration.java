package org.openace.webhook.delivery;

import org.openace.platform.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The address rules as configured, and the sealed secret column for re-encryption after a key rotation. */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

    @Bean
    UrlRules webhookUrlRules(WebhookProperties properties) {
        return UrlRules.system(properties.allowPrivateAddresses());
    }

    @Bean
    EncryptedColumn webhookSecrets() {
        return Webhooks.SECRET;
    }
}
