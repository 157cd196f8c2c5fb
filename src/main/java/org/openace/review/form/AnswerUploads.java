package org.openace.review.form;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.openace.review.form.AnswerForm.Upload;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * The documents of an answer form (its file inputs named {@value #PART}), as uploads to store; files left empty are
 * skipped. A request larger than the documents an answer takes at their largest is refused before anything is read.
 */
public final class AnswerUploads {

    public static final String PART = "documents";

    private AnswerUploads() {
    }

    public static List<Upload> of(HttpServletRequest request, long maxDocumentBytes) {
        long most = AnswerForm.DOCUMENTS_MAX * maxDocumentBytes + 1024 * 1024;
        if (request.getContentLengthLong() > most) {
            throw new FormRefused("REQUEST_TOO_LARGE", "The files sent are larger than an answer takes: at most "
                    + AnswerForm.DOCUMENTS_MAX + " documents of " + (maxDocumentBytes / (1024 * 1024))
                    + " MB each.");
        }
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart == null) {
            return List.of();
        }
        List<MultipartFile> files;
        try {
            files = multipart.getFiles(PART);
        }
        catch (MultipartException e) {
            throw new FormRefused("UNREADABLE_FORM", "The files could not be read: send the form again.");
        }
        List<Upload> uploads = new ArrayList<>();
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename();
            if (file.isEmpty() && (name == null || name.isBlank())) {
                continue; // a file input left empty
            }
            uploads.add(new Upload(name == null ? "" : name, file::getInputStream));
        }
        return uploads;
    }
}
