package org.openace.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openace.test.PortalClient;
import org.openace.test.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stylesheets and scripts have content-hashed URLs in the pages and are served with the long cache lifetime;
 * webjars, the favicon and the API description are served; page links are left as they are; nothing else is served
 * from the static folders.
 */
@PortalTest
class StaticResourcesIntegrationTests {

    private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/openace-[0-9a-f]{32}\\.css)\"");
    private static final Pattern SCRIPT = Pattern.compile("src=\"(/js/openace-[0-9a-f]{32}\\.js)\"");
    private static final Pattern HTMX = Pattern.compile("src=\"(/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min\\.js)\"");

    @Autowired
    MockMvc mvc;

    @Test
    void pagesLinkContentHashedResourcesThatAreCachedForAWeek() {
        PortalClient browser = new PortalClient(mvc);
        PortalClient.Page page = browser.get("/sign-in");

        for (Pattern resource : new Pattern[] {STYLESHEET, SCRIPT, HTMX}) {
            Matcher matcher = resource.matcher(page.body());
            assertThat(matcher.find()).as("%s on the sign-in page", resource).isTrue();
            PortalClient.Page served = browser.get(matcher.group(1));
            assertThat(served.status()).isEqualTo(200);
            assertThat(served.body()).isNotEmpty();
            assertThat(served.header("Cache-Control")).contains("max-age=604800").contains("public");
        }
        assertThat(page.body()).contains("href=\"/privacy\"").contains("href=\"/support\"");
    }

    @Test
    void unversionedPathsStillWorkAndUnknownFilesAreNotFound() {
        PortalClient browser = new PortalClient(mvc);

        assertThat(browser.get("/css/openace.css").status()).isEqualTo(200);
        assertThat(browser.get("/webjars/htmx.org/dist/htmx.min.js").status()).isEqualTo(200);
        assertThat(browser.get("/css/missing.css").status()).isEqualTo(404);
        assertThat(browser.getNoFollow("/application.yml").status()).as("not served: sign-in first, then 404")
                .isNotEqualTo(200);
        assertThat(browser.get("/js/../application.yml").status()).isNotEqualTo(200);
    }

    @Test
    void theFaviconEveryPageLinksAndTheApiDescriptionAreServed() {
        PortalClient browser = new PortalClient(mvc);
        assertThat(browser.get("/sign-in").body()).contains("href=\"/favicon.svg\"");

        PortalClient.Page favicon = browser.get("/favicon.svg");
        assertThat(favicon.status()).isEqualTo(200);
        assertThat(favicon.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(favicon.body()).contains("<svg");
        PortalClient.Page api = browser.get("/api/openapi.yaml");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body()).contains("openapi: 3.1.0");

        assertThat(browser.get("/favicon.ico").status()).as("there is none").isEqualTo(404);
    }
}
