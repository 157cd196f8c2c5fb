package org.openace.platform.web;

import java.util.List;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * How submitted forms are bound, for every controller: a value that cannot be converted to its field's type (a date
 * that is not a date, a number too long for its type) becomes a field error with a readable message and the form
 * object is still made, with that field empty (see {@link CompleteFormBinder}), so the controller and its template
 * answer 400 with the form and its errors, never a 500.
 */
@Configuration(proxyBeanMethods = false)
class FormBindingConfiguration {

    @Bean
    WebMvcRegistrations completeFormBinding(MessageSource messages) {
        ReadableBindingErrors errors = new ReadableBindingErrors(messages);
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
                return new RequestMappingHandlerAdapter() {
                    @Override
                    protected InitBinderDataBinderFactory createDataBinderFactory(
                            List<InvocableHandlerMethod> binderMethods) {
                        return new CompleteFormBinder.Factory(binderMethods, getWebBindingInitializer(), errors);
                    }
                };
            }
        };
    }
}
