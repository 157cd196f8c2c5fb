package org.openace.onboarding;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.thymeleaf.spring6.util.DetailedError;

/**
 * The order of a form's error summary: errors of the whole form first, then field errors in the order the fields
 * stand on the page, which is the order of the form record's components (each step's form lists its fields as the
 * page shows them). Several errors of one field keep their order.
 */
final class ErrorOrder implements Comparator<DetailedError> {

    private final List<String> fields;

    private ErrorOrder(List<String> fields) {
        this.fields = fields;
    }

    static ErrorOrder of(Class<?> form) {
        RecordComponent[] components = form.getRecordComponents();
        return new ErrorOrder(components == null ? List.of()
                : Arrays.stream(components).map(RecordComponent::getName).toList());
    }

    @Override
    public int compare(DetailedError a, DetailedError b) {
        return Integer.compare(position(a), position(b));
    }

    private int position(DetailedError error) {
        if (error.isGlobal()) {
            return -1;
        }
        String field = error.getFieldName();
        int dot = field.indexOf('.');
        int index = fields.indexOf(dot < 0 ? field : field.substring(0, dot));
        return index < 0 ? fields.size() : index;
    }
}
