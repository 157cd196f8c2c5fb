package org.openace.platform.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingErrorProcessor;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.Validator;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.support.WebBindingInitializer;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.ExtendedServletRequestDataBinder;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

/**
 * The binder of every form. When a form record's constructor argument cannot be converted, Spring makes the record
 * (with that argument empty) but keeps the binding result it made before the record existed, one without a target:
 * the first {@code rejectValue} of the controller, or {@code th:field} of the template, on any other field then fails
 * with a 500 ("Cannot access properties on null bean instance 'form'"). This binder finds the arguments that cannot
 * be converted first, makes the record without them (so that the binding result is the record's), then adds their
 * type-mismatch errors (with the rejected text, shown back in the field) and the record's constraint errors on the
 * other fields, as Spring checks them when it could make the record. The controller sees a form with errors and
 * answers 400, like for any other invalid value.
 */
final class CompleteFormBinder extends ExtendedServletRequestDataBinder {

    private final BindingErrorProcessor errors;

    CompleteFormBinder(@Nullable Object target, String objectName, BindingErrorProcessor errors) {
        super(target, objectName);
        this.errors = errors;
        setBindingErrorProcessor(errors);
    }

    @Override
    public void construct(DataBinder.ValueResolver values) {
        if (getTarget() != null || getTargetType() == null) {
            super.construct(values);
            return;
        }
        ExtendedServletRequestDataBinder trial = new ExtendedServletRequestDataBinder(null, getObjectName());
        trial.setTargetType(getTargetType());
        if (getConversionService() != null) {
            trial.setConversionService(getConversionService());
        }
        if (getNameResolver() != null) {
            trial.setNameResolver(getNameResolver());
        }
        trial.setBindingErrorProcessor(errors);
        trial.construct(values);
        List<FieldError> mismatches = trial.getBindingResult().getFieldErrors().stream()
                .filter(FieldError::isBindingFailure).toList();
        if (mismatches.isEmpty()) {
            super.construct(values);
            return;
        }
        Set<String> fields = mismatches.stream().map(FieldError::getField)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        super.construct(new Without(values, fields));
        if (getTarget() == null) {
            mismatches.forEach(getBindingResult()::addError);
            return;
        }
        BindingResult result = getBindingResult();
        BeanPropertyBindingResult checked = new BeanPropertyBindingResult(getTarget(), getObjectName());
        for (Validator validator : getValidatorsToApply()) {
            validator.validate(getTarget(), checked);
        }
        mismatches.forEach(result::addError);
        for (ObjectError error : checked.getAllErrors()) {
            if (!(error instanceof FieldError field) || !Without.covers(fields, field.getField())) {
                result.addError(error);
            }
        }
    }

    /** The submitted values without those that could not be converted. */
    private record Without(DataBinder.ValueResolver values, Set<String> fields) implements DataBinder.ValueResolver {

        @Override
        public @Nullable Object resolveValue(String name, Class<?> type) {
            return covers(fields, name) ? null : values.resolveValue(name, type);
        }

        @Override
        public Set<String> getNames() {
            return values.getNames().stream().filter(name -> !covers(fields, name))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }

        static boolean covers(Set<String> fields, String name) {
            for (String field : fields) {
                if (name.equals(field) || name.startsWith(field + ".") || name.startsWith(field + "[")) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Makes a {@link CompleteFormBinder} for every model attribute of every handler. */
    static final class Factory extends ServletRequestDataBinderFactory {

        private final BindingErrorProcessor errors;

        Factory(List<InvocableHandlerMethod> binderMethods, @Nullable WebBindingInitializer initializer,
                BindingErrorProcessor errors) {
            super(binderMethods, initializer);
            this.errors = errors;
        }

        @Override
        protected ServletRequestDataBinder createBinderInstance(@Nullable Object target, String objectName,
                                                                NativeWebRequest request) {
            return new CompleteFormBinder(target, objectName, errors);
        }
    }
}
