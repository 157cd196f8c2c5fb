package org.openace.identity.settings;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.openace.identity.CurrentUser;
import org.openace.identity.factor.RecoveryCodes;
import org.openace.platform.web.SignedInUser;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The recovery codes just shown, as a text file to keep. The portal keeps only digests of the codes, so the page posts
 * them back; only the signed-in user's own unused codes go into the file (anything else posted is left out), and the
 * file is never cached.
 */
@Controller
@SignedInUser
class RecoveryCodesDownloadController {

    static final int MAX_CODES = 32;

    private final RecoveryCodes recoveryCodes;

    RecoveryCodesDownloadController(RecoveryCodes recoveryCodes) {
        this.recoveryCodes = recoveryCodes;
    }

    @PostMapping("/account/security/recovery-codes/download")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user,
                                    @RequestParam(name = "code", required = false) List<String> posted) {
        List<String> codes = posted == null || posted.size() > MAX_CODES ? List.of()
                : recoveryCodes.unusedAmong(user.id(), posted);
        HttpHeaders headers = new HttpHeaders();
        headers.setCacheControl(CacheControl.noStore());
        headers.set("X-Content-Type-Options", "nosniff");
        if (codes.isEmpty()) {
            return ResponseEntity.badRequest().headers(headers).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body(("These recovery codes are not yours or were used or replaced already: there is nothing to "
                            + "download. Make new codes under My sign-in and security.\n").getBytes(StandardCharsets.UTF_8));
        }
        headers.setContentDisposition(ContentDisposition.attachment().filename("openace-recovery-codes.txt").build());
        StringBuilder text = new StringBuilder()
                .append("OpenACE recovery codes for user ").append(user.username()).append("\r\n\r\n")
                .append("Each code works once to sign in if you lose your phone or security key.\r\n")
                .append("Keep this file somewhere safe, away from your password.\r\n\r\n");
        codes.forEach(code -> text.append(code).append("\r\n"));
        return ResponseEntity.ok().headers(headers).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
