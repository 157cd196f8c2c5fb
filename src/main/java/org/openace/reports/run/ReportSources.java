package org.openace.reports.run;

import java.util.List;
import java.util.Optional;

import org.openace.reports.ReportColumn;
import org.springframework.stereotype.Component;

/** The source of each run, among every {@link ReportSource} of the module. */
@Component
public class ReportSources {

    private final List<ReportSource> sources;

    ReportSources(List<ReportSource> sources) {
        this.sources = List.copyOf(sources);
    }

    public Optional<ReportSource> of(ReportRun run) {
        return sources.stream().filter(source -> source.runs(run)).findFirst();
    }

    /** The columns of a run's rows (none where its report is no longer made). */
    public List<ReportColumn> columnsOf(ReportRun run) {
        return of(run).map(source -> source.columns(run)).orElse(List.of());
    }

    /** What the run's report is, beyond its prompts ({@link ReportSource#described}). */
    public List<String> describedOf(ReportRun run) {
        return of(run).map(source -> source.described(run)).orElse(List.of());
    }
}
