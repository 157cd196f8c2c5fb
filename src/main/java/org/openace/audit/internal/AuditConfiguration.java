package org.openace.audit.internal;

import org.openace.platform.KeyRing;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
class AuditConfiguration {

    @Bean
    AuditChain auditChain(KeyRing keys) {
        return new AuditChain(keys.auditKey());
    }

    @Bean
    AuditAnchor auditAnchor(KeyRing keys, AuditProperties properties) {
        return new AuditAnchor(keys.auditKey(), properties.anchorFile());
    }
}
