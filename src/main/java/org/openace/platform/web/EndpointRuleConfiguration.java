package org.openace.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every request to an endpoint goes through its declared rules first ({@link EndpointRuleInterceptor}). */
@Configuration(proxyBeanMethods = false)
class EndpointRuleConfiguration implements WebMvcConfigurer {

    private final EndpointRuleInterceptor interceptor;

    EndpointRuleConfiguration(EndpointRuleInterceptor interceptor) {
        this.interceptor = interceptor;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(interceptor).order(Ordered.HIGHEST_PRECEDENCE);
    }
}
