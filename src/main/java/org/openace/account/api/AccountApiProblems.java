package org.openace.account.api;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccountDataNotFoundException;
import org.openace.account.core.AccountChangeRefusedException;
import org.openace.account.core.FieldProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the accounts API as an RFC 9457 problem document ({@code application/problem+json}) with a stable
 * {@code code}: {@code NOT_FOUND} (also for anything the user may not reach), {@code VALIDATION_FAILED} with
 * {@code errors} per field, {@code DUPLICATE_IDENTIFIER}, {@code RIGHTS_BEYOND_YOURS}, {@code SELF_CHANGE}, the
 * other refusals' codes, and for requests that are not understood {@code MALFORMED_REQUEST},
 * {@code METHOD_NOT_ALLOWED}, {@code UNSUPPORTED_MEDIA_TYPE}, {@code NOT_ACCEPTABLE}.
 */
@RestControllerAdvice(basePackageClasses = AccountApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountApiProblems extends ResponseEntityExceptionHandler {

    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @ExceptionHandler(AccountDataNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound() {
        return problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "Not found", "There is nothing at this address that you "
                + "may reach.", List.of());
    }

    @ExceptionHandler(AccountChangeRefusedException.class)
    ResponseEntity<ProblemDetail> refused(AccountChangeRefusedException refused) {
        HttpStatus status = HttpStatus.valueOf(refused.kind().status());
        return problem(status, refused.code(), title(refused), refused.getMessage(), refused.fields());
    }

    /** The standard MVC exceptions keep their status and detail, and get a code. */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
                                                                      HttpHeaders headers, HttpStatusCode status,
                                                                      WebRequest request) {
        ProblemDetail detail = body instanceof ProblemDetail problem ? problem
                : ProblemDetail.forStatus(status);
        if (detail.getProperties() == null || !detail.getProperties().containsKey("code")) {
            detail.setProperty("code", codeOf(status));
        }
        if (status.value() == 400) {
            detail.setDetail("The request could not be read: check that the body is JSON in the described form.");
        }
        HttpHeaders answer = new HttpHeaders();
        answer.addAll(headers);
        answer.setContentType(PROBLEM);
        return new ResponseEntity<>(detail, answer, status);
    }

    private static String codeOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "MALFORMED_REQUEST";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> status.is5xxServerError() ? "SERVER_ERROR" : "REQUEST_REFUSED";
        };
    }

    private static String title(AccountChangeRefusedException refused) {
        return switch (refused.kind()) {
            case BAD_INPUT -> "The request has invalid values";
            case FORBIDDEN -> "Not allowed";
            case CONFLICT -> "Not possible now";
            case UNAVAILABLE -> "Try again later";
        };
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String title, String detail,
                                                         List<FieldProblem> fields) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("code", code);
        if (!fields.isEmpty()) {
            problem.setProperty("errors", fields.stream()
                    .map(f -> Map.of("field", f.field(), "message", f.message())).toList());
        }
        return ResponseEntity.status(status).contentType(PROBLEM).body(problem);
    }
}
