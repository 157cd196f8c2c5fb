package org.openace.filing.upload;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.ApiTokenAccepted;
import org.openace.account.ApiTokenPrincipal;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Uploads of files of entry summaries by filers' software with an API token (F2): the file is stored and answered
 * at once (202, with the upload's address), then filed in the background; its progress and its results by line
 * number are read back. A token reaches the uploads of its own filer sub-account and filer code, no others (404).
 */
@RestController
@RequestMapping("/api/v1/entry-summary-uploads")
class UploadsApiController {

    static final int MAX_PAGE = 10_000;

    private final ReceiveUpload receive;
    private final UploadJobs jobs;

    UploadsApiController(ReceiveUpload receive, UploadJobs jobs) {
        this.receive = receive;
        this.jobs = jobs;
    }

    @PostMapping
    @ApiTokenAccepted(function = AccountFunction.ENTRIES, level = AccessLevel.EDIT)
    ResponseEntity<Map<String, Object>> upload(@AuthenticationPrincipal ApiTokenPrincipal token,
                                               HttpServletRequest request) throws IOException {
        UploadedFile file = UploadedFile.of(request, receive.maxBytes());
        UploadJob job = receive.receive(Uploader.of(token), file.name(), file.contentType(), file.length(),
                file.content());
        return ResponseEntity.accepted().location(URI.create(UploadAnswers.self(job)))
                .cacheControl(CacheControl.noStore()).body(UploadAnswers.job(job));
    }

    @GetMapping("/{uploadId}")
    @ApiTokenAccepted(function = AccountFunction.ENTRIES, level = AccessLevel.VIEW)
    ResponseEntity<Map<String, Object>> progress(@AuthenticationPrincipal ApiTokenPrincipal token,
                                                 @PathVariable String uploadId) {
        UploadJob job = own(token, uploadId);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(UploadAnswers.job(job));
    }

    /**
     * The results by line number: CSV (all of them) for {@code Accept: text/csv}, otherwise JSON, a page of
     * {@code limit} results after line {@code afterLine}.
     */
    @GetMapping("/{uploadId}/results")
    @ApiTokenAccepted(function = AccountFunction.ENTRIES, level = AccessLevel.VIEW)
    void results(@AuthenticationPrincipal ApiTokenPrincipal token, @PathVariable String uploadId,
                 @RequestHeader(name = "Accept", required = false) @Nullable String accept,
                 @RequestParam(name = "afterLine", required = false) @Nullable String afterLine,
                 @RequestParam(name = "limit", required = false) @Nullable String limit,
                 HttpServletResponse response) throws IOException {
        UploadJob job = own(token, uploadId);
        if (accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("text/csv")) {
            writeCsv(jobs, job, response);
            return;
        }
        int after = number(afterLine, "afterLine", 0, 0, Integer.MAX_VALUE);
        int size = number(limit, "limit", 1000, 1, MAX_PAGE);
        List<UploadResult> page = jobs.results(job.id(), after, size);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("upload", UploadAnswers.job(job));
        body.put("results", page.stream().map(UploadAnswers::result).toList());
        body.put("nextAfterLine", page.size() == size ? page.getLast().lineNumber() : null);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        org.openace.filing.json.FilingJson.MAPPER.writeValue(response.getOutputStream(), body);
    }

    static void writeCsv(UploadJobs jobs, UploadJob job, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"upload-" + job.id() + "-results.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        CSVPrinter printer = UploadAnswers.csv(out);
        int after = 0;
        List<UploadResult> page;
        do {
            page = jobs.results(job.id(), after, 5000);
            for (UploadResult result : page) {
                UploadAnswers.csvRow(printer, result);
            }
            if (!page.isEmpty()) {
                after = page.getLast().lineNumber();
            }
        } while (page.size() == 5000);
        printer.flush();
    }

    private UploadJob own(ApiTokenPrincipal token, String uploadId) {
        UUID id = UploadIds.parse(uploadId).orElseThrow(UploadsApiController::notFound);
        return jobs.find(id)
                .filter(job -> job.filerSubAccount().equals(token.subAccount())
                        && job.filerCode().equals(token.filerCode()))
                .orElseThrow(UploadsApiController::notFound);
    }

    private static UploadRefused notFound() {
        return new UploadRefused(404, "UPLOAD_NOT_FOUND", "No such upload",
                "There is no upload with this id under the token's filer sub-account.");
    }

    private static int number(@Nullable String text, String name, int fallback, int min, int max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        }
        catch (NumberFormatException e) {
            // refused below
        }
        throw new UploadRefused(400, "MALFORMED_PARAMETER", "A parameter is not valid",
                "The parameter " + name + " is a whole number from " + min + " to " + max + ".");
    }

    static HttpStatus status(UploadRefused refused) {
        return HttpStatus.valueOf(refused.status());
    }
}
