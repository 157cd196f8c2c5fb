package org.openace.filing.validation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The validation rules of the portal, answering their reference questions from the reference module. */
@Configuration(proxyBeanMethods = false)
class ValidationRulesConfiguration {

    @Bean
    ValidationRules validationRules(ReferenceData reference) {
        return new ValidationRules(reference);
    }
}
