package org.openace.filing.upload;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

/**
 * The file of a request: the part {@code file} of a multipart form, or the whole body sent as
 * {@code application/x-ndjson} or {@code text/csv}. A part over the multipart limits is refused as too large.
 */
record UploadedFile(@Nullable String name, @Nullable String contentType, long length, InputStream content) {

    static UploadedFile of(HttpServletRequest request, long maxBytes) throws IOException {
        String type = request.getContentType();
        String lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (lower.startsWith("multipart/form-data")) {
            if (request.getContentLengthLong() > maxBytes + 64 * 1024) {
                throw UploadRefused.tooLarge(maxBytes);
            }
            var multipart = org.springframework.web.util.WebUtils.getNativeRequest(request,
                    org.springframework.web.multipart.MultipartHttpServletRequest.class);
            if (multipart != null) {
                org.springframework.web.multipart.MultipartFile file;
                try {
                    file = multipart.getFile("file");
                }
                catch (org.springframework.web.multipart.MaxUploadSizeExceededException e) {
                    throw UploadRefused.tooLarge(maxBytes);
                }
                catch (org.springframework.web.multipart.MultipartException e) {
                    throw new UploadRefused(400, UploadRefused.NO_FILE, "The form is not readable",
                            "The request is not a readable multipart form with the file in the part \"file\".");
                }
                if (file == null || file.isEmpty() && (file.getOriginalFilename() == null
                        || file.getOriginalFilename().isBlank())) {
                    throw noFile();
                }
                String fileType = file.getContentType();
                return new UploadedFile(file.getOriginalFilename(),
                        UploadFormat.ofMediaType(fileType).isEmpty() ? null : fileType, file.getSize(),
                        file.getInputStream());
            }
            Part part;
            try {
                part = request.getPart("file");
            }
            catch (IllegalStateException | org.springframework.web.multipart.MultipartException e) {
                throw UploadRefused.tooLarge(maxBytes);
            }
            catch (ServletException e) {
                throw new UploadRefused(400, UploadRefused.NO_FILE, "The form is not readable",
                        "The request is not a readable multipart form with the file in the part \"file\".");
            }
            if (part == null || part.getSize() == 0 && (part.getSubmittedFileName() == null
                    || part.getSubmittedFileName().isBlank())) {
                throw noFile();
            }
            String partType = part.getContentType();
            boolean generic = partType == null || UploadFormat.ofMediaType(partType).isEmpty();
            return new UploadedFile(part.getSubmittedFileName(), generic ? null : partType, part.getSize(),
                    part.getInputStream());
        }
        if (UploadFormat.ofMediaType(type).isEmpty()) {
            throw new UploadRefused(415, "UNSUPPORTED_MEDIA_TYPE", "Send the file as JSON lines or CSV",
                    "Send the file as the body with Content-Type application/x-ndjson (JSON lines) or text/csv, "
                            + "or as the part \"file\" of a multipart/form-data request.");
        }
        return new UploadedFile(null, type, request.getContentLengthLong(), request.getInputStream());
    }

    static UploadRefused noFile() {
        return new UploadRefused(400, UploadRefused.NO_FILE, "No file was sent",
                "Choose the file of entry summaries to upload (the form's part \"file\").");
    }
}
