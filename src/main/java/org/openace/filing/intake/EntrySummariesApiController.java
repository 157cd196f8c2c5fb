package org.openace.filing.intake;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.ApiTokenAccepted;
import org.openace.account.ApiTokenPrincipal;
import org.openace.filing.json.Form7501Reader;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

/**
 * Intake of entry summaries by filers' software (F2), with an API token of a filer sub-account: one summary, or a
 * batch of up to {@code openace.filing.api.max-batch-summaries} each filed on its own (a refused one never stops the
 * others). The same summary sent again gets the same answer, with {@code Idempotent-Replayed: true}. Described in
 * {@code /api/openapi.yaml}; errors are problem documents ({@link FilingApiProblems}).
 */
@RestController
@RequestMapping("/api/v1/entry-summaries")
@EnableConfigurationProperties(FilingApiProperties.class)
class EntrySummariesApiController {

    static final String REPLAYED = "Idempotent-Replayed";
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    private final FileEntrySummary fileEntrySummary;
    private final FilingApiProperties limits;

    EntrySummariesApiController(FileEntrySummary fileEntrySummary, FilingApiProperties limits) {
        this.fileEntrySummary = fileEntrySummary;
        this.limits = limits;
    }

    @PostMapping
    @ApiTokenAccepted(function = AccountFunction.ENTRIES, level = AccessLevel.EDIT)
    ResponseEntity<?> file(@AuthenticationPrincipal ApiTokenPrincipal token, HttpServletRequest request)
            throws IOException {
        JsonNode body = RequestBodies.json(request, limits.maxSummarySize().toBytes());
        FilingOutcome outcome = fileOne(body, Filer.of(token));
        return switch (outcome) {
            case FilingOutcome.Filed filed -> ResponseEntity.created(URI.create(EntrySummaryAnswers.self(filed)))
                    .cacheControl(CacheControl.noStore())
                    .header(REPLAYED, Boolean.toString(filed.replayed()))
                    .body(EntrySummaryAnswers.filed(filed));
            case FilingOutcome.Refused refused -> {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                        EntrySummaryAnswers.rulesBrokenDetail(refused.violations().size()));
                problem.setTitle("The entry summary breaks the rules");
                problem.setProperty("code", EntrySummaryAnswers.RULES_BROKEN);
                problem.setProperty("errors", EntrySummaryAnswers.errors(refused.violations()));
                yield ResponseEntity.unprocessableContent().contentType(PROBLEM).body(problem);
            }
            case FilingOutcome.NotCorrectable refused -> {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                        EntrySummaryAnswers.notCorrectableDetail(refused));
                problem.setTitle("The entry summary can no longer be corrected");
                problem.setProperty("code", EntrySummaryAnswers.NOT_CORRECTABLE);
                yield ResponseEntity.status(HttpStatus.CONFLICT).contentType(PROBLEM).body(problem);
            }
        };
    }

    /**
     * Files the summaries of {@code {"summaries": [...]}}, each with the outcome it would have alone (those that pass
     * the rules are committed together, {@link FileEntrySummary#fileAll}); answers each one's outcome by its index.
     */
    @PostMapping("/batch")
    @ApiTokenAccepted(function = AccountFunction.ENTRIES, level = AccessLevel.EDIT)
    ResponseEntity<Map<String, Object>> fileBatch(@AuthenticationPrincipal ApiTokenPrincipal token,
                                                  HttpServletRequest request) throws IOException {
        JsonNode body = RequestBodies.json(request, limits.maxBatchSize().toBytes());
        JsonNode summaries = body.get("summaries");
        if (!body.isObject() || summaries == null || !summaries.isArray() || summaries.isEmpty()) {
            throw new FilingApiException(400, "MALFORMED_BATCH", "The batch has no summaries",
                    "A batch is a JSON object with an array of 1 to " + limits.maxBatchSummaries()
                            + " entry summaries: {\"summaries\": [...]}.");
        }
        if (summaries.size() > limits.maxBatchSummaries()) {
            throw new FilingApiException(413, "BATCH_TOO_LARGE", "The batch has too many summaries",
                    "A batch has at most " + limits.maxBatchSummaries() + " summaries, not " + summaries.size()
                            + "; send the rest in another batch, or upload them as a file.");
        }
        List<Form7501Reader.Reading> readings = new ArrayList<>(summaries.size());
        summaries.forEach(summary -> readings.add(Form7501Reader.read(summary)));
        List<FilingOutcome> outcomes = fileEntrySummary.fileAll(readings, Filer.of(token));
        List<Map<String, Object>> results = new ArrayList<>();
        int filed = 0;
        for (int i = 0; i < summaries.size(); i++) {
            FilingOutcome outcome = outcomes.get(i);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("index", i);
            switch (outcome) {
                case FilingOutcome.Filed f -> {
                    filed++;
                    result.put("httpStatus", 201);
                    result.put("replayed", f.replayed());
                    result.putAll(EntrySummaryAnswers.filed(f));
                }
                case FilingOutcome.Refused refused -> {
                    result.put("httpStatus", 422);
                    result.put("code", EntrySummaryAnswers.RULES_BROKEN);
                    result.put("errors", EntrySummaryAnswers.errors(refused.violations()));
                }
                case FilingOutcome.NotCorrectable refused -> {
                    result.put("httpStatus", 409);
                    result.put("code", EntrySummaryAnswers.NOT_CORRECTABLE);
                    result.put("detail", EntrySummaryAnswers.notCorrectableDetail(refused));
                }
            }
            results.add(result);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("filed", filed);
        answer.put("refused", summaries.size() - filed);
        answer.put("results", results);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(answer);
    }

    private FilingOutcome fileOne(JsonNode document, Filer filer) {
        Form7501Reader.Reading reading = Form7501Reader.read(document);
        return reading.asForm()
                .map(form -> fileEntrySummary.file(form, filer))
                .orElseGet(() -> new FilingOutcome.Refused(reading.violations()));
    }
}
