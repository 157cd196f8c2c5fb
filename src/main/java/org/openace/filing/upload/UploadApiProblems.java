package org.openace.filing.upload;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals of an upload request by API as RFC 9457 problem documents with a stable {@code code}:
 * {@code EMPTY_FILE}, {@code UNRECOGNIZED_FORMAT}, {@code MISSING_COLUMNS} (with {@code columns}),
 * {@code UNKNOWN_COLUMNS}, {@code FILE_TOO_LARGE}, {@code NO_FILE}, {@code UNSUPPORTED_MEDIA_TYPE},
 * {@code UPLOAD_NOT_FOUND}, {@code MALFORMED_PARAMETER}.
 */
@RestControllerAdvice(assignableTypes = UploadsApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadApiProblems {

    @ExceptionHandler(UploadRefused.class)
    ResponseEntity<ProblemDetail> refused(UploadRefused refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(UploadsApiController.status(refused),
                refused.getMessage());
        problem.setTitle(refused.title());
        problem.setProperty("code", refused.code());
        if (!refused.columns().isEmpty()) {
            problem.setProperty("columns", refused.columns());
        }
        return ResponseEntity.status(refused.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
