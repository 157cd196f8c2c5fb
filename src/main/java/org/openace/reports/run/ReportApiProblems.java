package org.openace.reports.run;

import java.util.List;

import org.openace.platform.web.ProblemErrors;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.ObjectError;

/**
 * The problem documents (RFC 9457) of the reports API, each with a stable {@code code}, as described in
 * {@code /api/openapi.yaml}.
 */
final class ReportApiProblems {

    static final String REPORT_NOT_FOUND = "REPORT_NOT_FOUND";
    static final String RUN_NOT_FOUND = "RUN_NOT_FOUND";
    static final String INVALID_PROMPTS = "INVALID_PROMPTS";
    static final String NO_REPORTS_RIGHT = "NO_REPORTS_RIGHT";
    static final String RUN_NOT_FINISHED = "RUN_NOT_FINISHED";
    static final String RUN_FINISHED = "RUN_FINISHED";
    static final String RUN_HAS_NO_ROWS = "RUN_HAS_NO_ROWS";
    static final String RESULT_EXPIRED = "RESULT_EXPIRED";
    static final String FORMAT_NOT_OFFERED = "FORMAT_NOT_OFFERED";
    static final String INVALID_PAGING = "INVALID_PAGING";
    static final String TOO_MANY_RUNS = "TOO_MANY_RUNS";

    private ReportApiProblems() {
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("code", code);
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static ResponseEntity<ProblemDetail> runNotFound() {
        return problem(HttpStatus.NOT_FOUND, RUN_NOT_FOUND, "No such run",
                "There is no run of this number that you asked for.");
    }

    static ResponseEntity<ProblemDetail> reportNotFound(String code) {
        return problem(HttpStatus.NOT_FOUND, REPORT_NOT_FOUND, "No such report",
                "The catalog has no report " + code.replaceAll("[^A-Za-z0-9-]", "?")
                        + ": GET /api/v1/reports lists the reports and their prompts.");
    }

    /** The prompts refused, with every error (its field where it has one). */
    static ResponseEntity<ProblemDetail> invalidPrompts(List<ObjectError> all) {
        ResponseEntity<ProblemDetail> answer = problem(HttpStatus.BAD_REQUEST, INVALID_PROMPTS,
                "The report could not be asked for",
                all.size() == 1 ? "One prompt is refused." : all.size() + " prompts are refused.");
        answer.getBody().setProperty("errors", ProblemErrors.of(all));
        return answer;
    }
}
