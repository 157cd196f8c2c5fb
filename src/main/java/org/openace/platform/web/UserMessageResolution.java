package org.openace.platform.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Turns each {@link UserMessage} among a page's notices (set by the handler or carried over a redirect as a flash
 * attribute) into its text from the message bundle, in the request's locale, just before the page is rendered.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class UserMessageResolution implements WebMvcConfigurer, HandlerInterceptor {

    static final Set<String> NOTICES = Set.of("success", "info", "error");

    private final MessageSource messages;

    UserMessageResolution(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           @Nullable ModelAndView page) {
        if (page == null) {
            return;
        }
        for (String notice : NOTICES) {
            if (page.getModel().get(notice) instanceof MessageSourceResolvable message) {
                page.addObject(notice, messages.getMessage(message, RequestContextUtils.getLocale(request)));
            }
        }
    }
}
