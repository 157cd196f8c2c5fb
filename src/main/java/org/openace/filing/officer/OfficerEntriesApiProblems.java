package org.openace.filing.officer;

import java.util.Map;

import org.jspecify.annotations.Nullable;
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
 * Every error of the officers' entry API as an RFC 9457 problem document with a stable {@code code}:
 * {@code NOT_FOUND}, {@code VALIDATION_FAILED} (with {@code errors} per field), {@code ENTRY_MOVE_REFUSED}, and for
 * requests that are not understood {@code MALFORMED_REQUEST}, {@code METHOD_NOT_ALLOWED},
 * {@code UNSUPPORTED_MEDIA_TYPE}, {@code NOT_ACCEPTABLE}.
 */
@RestControllerAdvice(assignableTypes = OfficerEntriesApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OfficerEntriesApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler(OfficerApiException.class)
    ResponseEntity<ProblemDetail> refused(OfficerApiException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(refused.status()),
                refused.getMessage());
        problem.setTitle(refused.title());
        problem.setProperty("code", refused.code());
        if (!refused.errors().isEmpty()) {
            problem.setProperty("errors", refused.errors().stream()
                    .map(e -> Map.of("field", e.field(), "message", e.message())).toList());
        }
        return ResponseEntity.status(refused.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The standard MVC exceptions keep their status, and get a code and a plain detail. */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
                                                                      HttpHeaders headers, HttpStatusCode status,
                                                                      WebRequest request) {
        ProblemDetail detail = body instanceof ProblemDetail problem ? problem : ProblemDetail.forStatus(status);
        detail.setProperty("code", switch (status.value()) {
            case 400 -> "MALFORMED_REQUEST";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> status.is5xxServerError() ? "SERVER_ERROR" : "REQUEST_REFUSED";
        });
        if (status.value() == 400) {
            detail.setDetail("The request could not be read: send the move's values as a JSON object.");
        }
        HttpHeaders answer = new HttpHeaders();
        answer.addAll(headers);
        answer.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(detail, answer, status);
    }
}
