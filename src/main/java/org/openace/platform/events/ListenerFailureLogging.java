package org.openace.platform.events;

import java.lang.reflect.Method;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * A module listener that throws leaves its event publication incomplete, and {@link EventPublicationMaintenance}
 * tries it again with back-off: the failure is expected and handled, so it is logged once as a warning naming the
 * listener and the kind of failure, not as an ERROR with a stack trace on every attempt (the default), and never with
 * the exception's message, which may carry data of the event.
 */
@Configuration(proxyBeanMethods = false)
class ListenerFailureLogging implements AsyncConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ListenerFailureLogging.class);

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return ListenerFailureLogging::logFailure;
    }

    static void logFailure(Throwable failure, Method listener, Object... arguments) {
        log.warn("Listener {}.{} failed ({}); its event publication stays incomplete and will be tried again",
                listener.getDeclaringClass().getSimpleName(), listener.getName(), failure.getClass().getName());
    }
}
