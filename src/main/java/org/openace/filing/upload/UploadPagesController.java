package org.openace.filing.upload;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openace.account.AccessControl;
import org.openace.account.AccessLevel;
import org.openace.account.AccountDataNotFoundException;
import org.openace.account.AccountFunction;
import org.openace.account.DataAccess;
import org.openace.account.FilerSubAccounts;
import org.openace.account.FilerSubAccounts.FilerSubAccount;
import org.openace.account.SubAccountId;
import org.openace.identity.CurrentUser;
import org.openace.platform.web.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The upload pages for trade users who may file entries (ENTRIES at EDIT) under a broker or filer sub-account of
 * their account: the form with the recent uploads, an upload's page with its progress (htmx polls it; without
 * script the page is reloaded) and its results by line number, the results as CSV, and the CSV template. An upload
 * is seen only by the users of its account who hold the right on its filer sub-account (404 to anyone else).
 */
@Controller
class UploadPagesController {

    static final int PAGE = 100;

    private final FilerSubAccounts filers;
    private final ReceiveUpload receive;
    private final UploadJobs jobs;
    private final AccessControl access;

    UploadPagesController(FilerSubAccounts filers, ReceiveUpload receive, UploadJobs jobs, AccessControl access) {
        this.filers = filers;
        this.receive = receive;
        this.jobs = jobs;
        this.access = access;
    }

    @GetMapping("/entry-uploads")
    @SignedInUser
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        return form(user, model, null, null);
    }

    @PostMapping("/entry-uploads")
    @SignedInUser
    String upload(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request,
                  HttpServletResponse response, Model model) throws IOException {
        List<FilerSubAccount> mine = filers.whereUserFiles(user.id());
        String chosen = null;
        try {
            UploadedFile file = UploadedFile.of(request, receive.maxBytes());
            chosen = request.getParameter("filer");
            Optional<FilerSubAccount> filer = chosen(mine, chosen);
            if (filer.isEmpty()) {
                response.setStatus(400);
                return form(user, model, "filer", "Choose the sub-account and filer code to file under.");
            }
            UploadJob job = receive.receive(Uploader.of(user, filer.get()), file.name(), file.contentType(),
                    file.length(), file.content());
            return "redirect:/entry-uploads/" + job.id();
        }
        catch (UploadRefused refused) {
            response.setStatus(refused.status() == 415 ? 400 : refused.status());
            model.addAttribute("chosen", chosen);
            return form(user, model, "file", refused.getMessage());
        }
        catch (MultipartException e) {
            response.setStatus(400);
            return form(user, model, "file", "The form could not be read; choose the file again.");
        }
    }

    @GetMapping("/entry-uploads/template.csv")
    @SignedInUser
    void template(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"entry-summaries-template.csv\"");
        try (var in = getClass().getResourceAsStream("/filing/entry-summaries-template.csv")) {
            if (in == null) {
                throw new IllegalStateException("The CSV template is missing from the jar");
            }
            in.transferTo(response.getOutputStream());
        }
    }

    @GetMapping("/entry-uploads/{uploadId}")
    @DataAccess(function = AccountFunction.ENTRIES, level = AccessLevel.EDIT, kind = UploadJobResolver.KIND,
            id = "uploadId")
    String job(@PathVariable String uploadId, @RequestParam(name = "after", required = false) @Nullable String after,
               @AuthenticationPrincipal CurrentUser user, Model model) {
        UploadJob job = visible(user, uploadId);
        int afterLine = after != null && after.matches("[0-9]{1,9}") ? Integer.parseInt(after) : 0;
        List<UploadResult> results = job.finished() ? jobs.results(job.id(), afterLine, PAGE) : List.of();
        model.addAttribute("job", job);
        model.addAttribute("results", results);
        model.addAttribute("afterLine", afterLine);
        model.addAttribute("nextAfter", results.size() == PAGE ? results.getLast().lineNumber() : null);
        model.addAttribute("navSection", "entry-uploads");
        return "filing/upload";
    }

    @GetMapping("/entry-uploads/{uploadId}/progress")
    @DataAccess(function = AccountFunction.ENTRIES, level = AccessLevel.EDIT, kind = UploadJobResolver.KIND,
            id = "uploadId")
    String progress(@PathVariable String uploadId, @AuthenticationPrincipal CurrentUser user, Model model,
                    HttpServletResponse response) {
        UploadJob job = visible(user, uploadId);
        if (job.finished()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("job", job);
        return "filing/upload :: progress";
    }

    @GetMapping("/entry-uploads/{uploadId}/results.csv")
    @DataAccess(function = AccountFunction.ENTRIES, level = AccessLevel.EDIT, kind = UploadJobResolver.KIND,
            id = "uploadId")
    void resultsCsv(@PathVariable String uploadId, @AuthenticationPrincipal CurrentUser user,
                    HttpServletResponse response) throws IOException {
        UploadJob job = visible(user, uploadId);
        UploadsApiController.writeCsv(jobs, job, response);
    }

    /** The rule gave the right on the filer sub-account; the upload is also its account's own business. */
    private UploadJob visible(CurrentUser user, String uploadId) {
        UUID id = UploadIds.parse(uploadId).orElseThrow(AccountDataNotFoundException::new);
        UploadJob job = jobs.find(id).orElseThrow(AccountDataNotFoundException::new);
        if (access.roleIn(user.id(), job.account()).isEmpty()) {
            throw new AccountDataNotFoundException();
        }
        return job;
    }

    private String form(CurrentUser user, Model model, @Nullable String errorField, @Nullable String error) {
        List<FilerSubAccount> mine = filers.whereUserFiles(user.id());
        List<SubAccountId> subs = mine.stream().map(FilerSubAccount::subAccount).distinct().toList();
        model.addAttribute("filers", mine);
        model.addAttribute("uploads", jobs.recent(subs, 20));
        model.addAttribute("maxMegabytes", receive.maxBytes() / (1024 * 1024));
        model.addAttribute("errorField", errorField);
        model.addAttribute("error", error);
        model.addAttribute("navSection", "entry-uploads");
        if (!model.containsAttribute("chosen")) {
            model.addAttribute("chosen", null);
        }
        return "filing/uploads";
    }

    static String choice(FilerSubAccount filer) {
        return filer.subAccount().value() + ":" + filer.filerCode();
    }

    private static Optional<FilerSubAccount> chosen(List<FilerSubAccount> mine, @Nullable String chosen) {
        if (chosen == null) {
            return mine.size() == 1 ? Optional.of(mine.getFirst()) : Optional.empty();
        }
        return mine.stream().filter(f -> choice(f).equals(chosen)).findFirst();
    }

}
