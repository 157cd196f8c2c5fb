package org.openace.onboarding;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.openace.platform.FieldCipher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Private links with which an applicant comes back to their application: a 256-bit random token in the link, only a
 * keyed digest of it in the database. A link works while its application is a draft or returned to the applicant,
 * and at no other time.
 */
@Component
class ResumeLinks {

    private static final String DIGEST_PURPOSE = "application-resume-link";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Clock clock;
    private final String baseUrl;

    ResumeLinks(JdbcClient jdbc, FieldCipher cipher, Clock clock, @Value("${openace.web.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Makes a new link to the application; the address is returned once and its token is never stored. */
    String issue(UUID application) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into account_application_link (token_digest, application_id, issued_at) values (?, ?, ?)")
                .param(digest(token)).param(application).param(Timestamp.from(clock.instant())).update();
        return baseUrl + "/apply/resume/" + token;
    }

    /** The application a token opens, if the token is well formed, known, and its application may be changed. */
    Optional<UUID> open(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select l.application_id from account_application_link l
                join account_application a on a.id = l.application_id
                where l.token_digest = ? and a.status in ('DRAFT', 'RETURNED')
                """).param(digest(token)).query(UUID.class).optional();
    }

    private byte[] digest(String token) {
        return cipher.lookupDigest(DIGEST_PURPOSE, token);
    }
}
