package org.openace.filing.intake;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals of a filing request as a whole (not JSON, too large, not a batch) as RFC 9457 problem documents with a
 * stable {@code code}: {@code MALFORMED_JSON}, {@code PAYLOAD_TOO_LARGE}, {@code UNSUPPORTED_MEDIA_TYPE},
 * {@code MALFORMED_BATCH}, {@code BATCH_TOO_LARGE}. Rules broken are answered by the controller
 * ({@code RULES_BROKEN}, with every error).
 */
@RestControllerAdvice(basePackageClasses = FilingApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class FilingApiProblems {

    @ExceptionHandler(FilingApiException.class)
    ResponseEntity<ProblemDetail> refused(FilingApiException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(refused.status()),
                refused.getMessage());
        problem.setTitle(refused.title());
        problem.setProperty("code", refused.code());
        return ResponseEntity.status(refused.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
