package org.openace.webhook.delivery;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccountDataNotFoundException;
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
 * Every error of the webhooks API as a problem document ({@code application/problem+json}) with a {@code code}:
 * {@code NOT_FOUND} (also for anything the user may not reach), {@code VALIDATION_FAILED} with {@code errors} per field
 * (an address refused says why), {@code WEBHOOK_PAUSED} and {@code TOO_MANY_ENDPOINTS} (409), and for requests that
 * are not understood {@code MALFORMED_REQUEST}, {@code METHOD_NOT_ALLOWED}, {@code UNSUPPORTED_MEDIA_TYPE},
 * {@code NOT_ACCEPTABLE}.
 */
@RestControllerAdvice(assignableTypes = WebhooksApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebhookApiProblems extends ResponseEntityExceptionHandler {

    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @ExceptionHandler({AccountDataNotFoundException.class, UnknownEndpointException.class})
    ResponseEntity<ProblemDetail> notFound() {
        return problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "Not found", "There is nothing at this address that you "
                + "may reach.", null, null);
    }

    @ExceptionHandler(WebhookRefused.class)
    ResponseEntity<ProblemDetail> refused(WebhookRefused refused) {
        if (refused.aboutAValue()) {
            return problem(HttpStatus.BAD_REQUEST, refused.code(), "The request has invalid values",
                    refused.getMessage(), refused.field(), refused.getMessage());
        }
        return problem(HttpStatus.CONFLICT, refused.code(), "Not possible now", refused.getMessage(), null, null);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
                                                                      HttpHeaders headers, HttpStatusCode status,
                                                                      WebRequest request) {
        ProblemDetail detail = body instanceof ProblemDetail problem ? problem : ProblemDetail.forStatus(status);
        if (detail.getProperties() == null || !detail.getProperties().containsKey("code")) {
            detail.setProperty("code", switch (status.value()) {
                case 400 -> "MALFORMED_REQUEST";
                case 404 -> "NOT_FOUND";
                case 405 -> "METHOD_NOT_ALLOWED";
                case 406 -> "NOT_ACCEPTABLE";
                case 415 -> "UNSUPPORTED_MEDIA_TYPE";
                default -> status.is5xxServerError() ? "SERVER_ERROR" : "REQUEST_REFUSED";
            });
        }
        if (status.value() == 400) {
            detail.setDetail("The request could not be read: check that the body is JSON in the described form.");
        }
        HttpHeaders answer = new HttpHeaders();
        answer.addAll(headers);
        answer.setContentType(PROBLEM);
        return new ResponseEntity<>(detail, answer, status);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String title, String detail,
                                                         @Nullable String field, @Nullable String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("code", code);
        if (field != null && message != null) {
            problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        }
        return ResponseEntity.status(status).contentType(PROBLEM).body(problem);
    }
}
