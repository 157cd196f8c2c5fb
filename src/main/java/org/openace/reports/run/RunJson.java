package org.openace.reports.run;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openace.reports.output.ReportFormat;

/** A run as the reports API shows it: where it stands, what it holds, and the addresses to act on it. */
final class RunJson {

    static final String RUNS = "/api/v1/reports/runs/";

    private RunJson() {
    }

    static Map<String, Object> of(ReportRun run, boolean pdfHoldsAllRows) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", run.id().toString());
        json.put("report", run.reportCode());
        json.put("title", run.title());
        json.put("status", run.status().name());
        json.put("progress", run.status() == RunStatus.SUCCEEDED ? 100 : run.progress());
        json.put("rows", run.rowCount());
        json.put("prompts", run.promptsDescribed());
        json.put("requestedAt", text(run.requestedAt()));
        json.put("startedAt", text(run.startedAt()));
        json.put("finishedAt", text(run.finishedAt()));
        json.put("failure", run.failure());
        json.put("resultExpired", run.resultExpired());
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", RUNS + run.id());
        if (!run.finished()) {
            links.put("cancel", RUNS + run.id() + "/cancel");
        }
        if (run.hasResult()) {
            for (ReportFormat format : ReportFormat.values()) {
                links.put(format.extension(), RUNS + run.id() + "/download/" + format.extension());
            }
            json.put("pdfHoldsAllRows", pdfHoldsAllRows);
        }
        json.put("links", links);
        return json;
    }

    private static @Nullable String text(@Nullable Instant at) {
        return at == null ? null : at.toString();
    }
}
