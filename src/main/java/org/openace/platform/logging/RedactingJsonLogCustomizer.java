package org.openace.platform.logging;

import org.openace.platform.PersonalDataRedaction;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Applies {@link PersonalDataRedaction} to every string of every structured (JSON) log line: message, exception
 * text and stack trace included. Named in {@code logging.structured.json.customizer}.
 */
public class RedactingJsonLogCustomizer implements StructuredLoggingJsonMembersCustomizer<Object> {

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, PersonalDataRedaction::redact));
    }
}
