package org.openace.reports.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openace.account.AccessLevel;
import org.openace.account.AccountFunction;
import org.openace.account.ApiTokenAccepted;
import org.openace.platform.web.RoleRequired;
import org.openace.reports.ReportColumn;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/reports}: the catalog of standard reports as JSON, for software that asks for runs: each
 * report's code, title, columns in order (the headers of its CSV), the dates it may be selected on, its other prompts
 * by their JSON names, and what is known of ACE's own layout.
 */
@RestController
class ReportCatalogApiController {

    private final ReportCatalog catalog;

    ReportCatalogApiController(ReportCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/api/v1/reports")
    @RoleRequired({"TRADE", "OFFICER"})
    ResponseEntity<Map<String, Object>> catalogSignedIn() {
        return answer();
    }

    @GetMapping(path = "/api/v1/reports", headers = "Authorization")
    @ApiTokenAccepted(function = AccountFunction.ENTRIES, level = AccessLevel.VIEW)
    ResponseEntity<Map<String, Object>> catalogWithToken() {
        return answer();
    }

    private ResponseEntity<Map<String, Object>> answer() {
        List<Map<String, Object>> reports = new ArrayList<>();
        for (StandardReport report : catalog.all()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("code", report.code());
            json.put("title", report.title());
            json.put("description", report.description());
            json.put("columns", report.reportColumns().stream().map(ReportColumn::header).toList());
            json.put("dateBases", report.dateBases().stream().map(basis -> Map.of("basis", basis.name(),
                    "label", basis.label())).toList());
            json.put("prompts", List.of(PromptField.values()).stream().filter(report::offers)
                    .map(PromptField::field).toList());
            json.put("layoutPublished", report.layout().published());
            json.put("layoutNote", report.layout().note());
            json.put("runs", "/api/v1/reports/" + report.code() + "/runs");
            reports.add(json);
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(Map.of("reports", reports));
    }
}
