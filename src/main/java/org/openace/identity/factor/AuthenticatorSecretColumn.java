package org.openace.identity.factor;

import org.openace.platform.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the users' sealed authenticator-app secrets, so that a key rotation re-seals them too. */
@Configuration(proxyBeanMethods = false)
class AuthenticatorSecretColumn {

    @Bean
    EncryptedColumn authenticatorSecrets() {
        return EncryptedColumn.of("app_user", "totp_secret", "totp_secret");
    }
}
