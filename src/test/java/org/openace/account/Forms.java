package org.openace.account;

import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openace.account.core.SubAccount;
import org.openace.test.PortalClient;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Posting the account pages' forms whose fields repeat (the rights editor), as a browser sends them. */
final class Forms {

    private Forms() {
    }

    /** One row of the rights editor. */
    record Row(String subAccount, String function, String level, String importer, String filer, String port) {

        static Row of(SubAccount sub, AccountFunction function, AccessLevel level) {
            return new Row(sub.id().toString(), function.name(), level.name(), "", "", "");
        }
    }

    /**
     * Posts single fields and rights rows with the CSRF token of the browser's last page; follows a redirect.
     *
     * @param narrowing whether the rows carry importer, filer and port (the invitation form's do not)
     */
    static PortalClient.Page post(PortalClient browser, String path, Map<String, String> fields, List<Row> rows,
                                  boolean narrowing) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(URI.create(path))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML)
                .param("_csrf", browser.last().csrf());
        fields.forEach(request::param);
        List<String> subs = new ArrayList<>();
        List<String> functions = new ArrayList<>();
        List<String> levels = new ArrayList<>();
        List<String> importers = new ArrayList<>();
        List<String> filers = new ArrayList<>();
        List<String> ports = new ArrayList<>();
        for (Row row : rows) {
            subs.add(row.subAccount());
            functions.add(row.function());
            levels.add(row.level());
            importers.add(row.importer());
            filers.add(row.filer());
            ports.add(row.port());
        }
        if (!rows.isEmpty()) {
            request.param("subAccount", subs.toArray(String[]::new)).param("function", functions.toArray(String[]::new))
                    .param("level", levels.toArray(String[]::new));
            if (narrowing) {
                request.param("importer", importers.toArray(String[]::new))
                        .param("filer", filers.toArray(String[]::new)).param("port", ports.toArray(String[]::new));
            }
        }
        MockHttpServletResponse response = browser.exchange(request);
        if (response.getStatus() / 100 == 3 && response.getRedirectedUrl() != null) {
            return browser.get(response.getRedirectedUrl());
        }
        try {
            return new PortalClient.Page(response.getStatus(), path, response.getContentAsString(), response);
        }
        catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static PortalClient.Page saveRights(PortalClient browser, String accountId, String userId, List<Row> rows) {
        return post(browser, "/accounts/" + accountId + "/users/" + userId + "/rights", Map.of(), rows, true);
    }
}
