package org.openace.filing.detail;

import org.openace.account.AccountDataNotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The entry API's refusals as RFC 9457 problem documents: an entry (or version) that does not exist and one the
 * caller may not reach answer alike, 404 {@code NOT_FOUND}, so that nobody learns which entry numbers exist.
 */
@RestControllerAdvice(assignableTypes = EntrySummaryApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EntryApiProblems {

    @ExceptionHandler(AccountDataNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "There is no entry summary at this address that you may reach.");
        problem.setTitle("Not found");
        problem.setProperty("code", "NOT_FOUND");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
