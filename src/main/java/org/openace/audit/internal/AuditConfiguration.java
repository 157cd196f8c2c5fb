package org.openace.audit.internal;

import org.openace.platform.KeyRing;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    AuditChain auditChain(KeyRing keys) {
        return new AuditChain(keys.auditKey());
    }
}
