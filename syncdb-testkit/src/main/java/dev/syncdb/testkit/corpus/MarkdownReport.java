package dev.syncdb.testkit.corpus;

import dev.syncdb.testkit.corpus.CaseOutcome.Status;
import dev.syncdb.testkit.scenario.Direction;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The corpus report as Markdown: a summary per dialect, both directions, skip reasons with counts,
 * expected refusals, the most common failure causes, database rejections and a per-file table.
 */
public final class MarkdownReport {
    private static final int TOP_CAUSES = 5;

    private final StringBuilder md = new StringBuilder();

    /** Renders the runs; {@code header} is a paragraph naming the corpus, command and date. */
    public static String render(List<DialectRun> runs, String header) {
        MarkdownReport r = new MarkdownReport();
        r.line("# Corpus convergence: sqldef cases").line("").line(header).line("");
        r.summary(runs);
        for (DialectRun run : runs) {
            r.dialect(run);
        }
        return r.md.toString();
    }

    private void summary(List<DialectRun> runs) {
        line("## Summary").line("");
        line("| dialect | server | cases | skipped | applicable | rejected by the database | passed | failed "
                + "| pass rate | current → desired | desired → current | time |");
        line("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (DialectRun r : runs) {
            line("| " + r.dialect().key() + " | " + (r.server().isEmpty() ? "–" : r.server()) + " | "
                    + r.outcomes().size() + " | " + r.count(Status.SKIPPED) + " | " + r.applicable() + " | "
                    + r.count(Status.REJECTED) + " | " + r.count(Status.PASSED) + " | " + r.count(Status.FAILED)
                    + " | " + percent(r.count(Status.PASSED), r.judged()) + " | "
                    + r.passed(Direction.UP) + " / " + r.judged() + " | " + r.passed(Direction.DOWN) + " / "
                    + r.judged() + " | " + seconds(r.elapsed()) + " |");
        }
        line("").line("Pass rate = passed / (passed + failed); a case passes when both directions converge.")
                .line("");
    }

    private void dialect(DialectRun r) {
        line("## " + r.dialect().key() + " (" + r.dialect().toolDir() + ")").line("");
        if (!r.dialect().supported()) {
            line("All " + r.outcomes().size() + " cases skipped: dialect not supported yet.").line("");
            return;
        }
        counts("Skipped, by reason", r.with(Status.SKIPPED), CaseOutcome::reason);
        refusals(r);
        unmanaged(r);
        causes(r);
        rejected(r);
        perFile(r);
    }

    private void counts(String title, List<CaseOutcome> outcomes, Function<CaseOutcome, String> key) {
        line("### " + title + " (" + outcomes.size() + ")").line("");
        if (outcomes.isEmpty()) {
            line("None.").line("");
            return;
        }
        line("| reason | cases |").line("|---|---:|");
        Map<String, Long> byKey = outcomes.stream().collect(Collectors.groupingBy(key, TreeMap::new,
                Collectors.counting()));
        byKey.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> line("| " + cell(e.getKey()) + " | " + e.getValue() + " |"));
        line("");
    }

    private void refusals(DialectRun r) {
        List<CaseOutcome> err = r.outcomes().stream()
                .filter(o -> o.expectedRefusal() && o.status() != Status.SKIPPED).toList();
        line("### Expected refusals (`error` cases run) (" + err.size() + ")").line("");
        line("Run without permission for destructive steps: pass = refused, or converged without a "
                + "data-losing step.").line("");
        for (CaseOutcome o : err) {
            line("- `" + o.id() + "`: " + o.status().name().toLowerCase() + directionNotes(o));
        }
        line(err.isEmpty() ? "None.\n" : "");
    }

    private static String directionNotes(CaseOutcome o) {
        if (o.directions().isEmpty()) {
            return o.reason() == null ? "" : " (" + cell(o.reason()) + ")";
        }
        return o.directions().stream().map(d -> d.direction().label() + " "
                + (d.message() == null ? "converged" : cell(d.message()))).collect(Collectors.joining("; ", " (", ")"));
    }

    private void unmanaged(DialectRun r) {
        List<CaseOutcome> passed = r.with(Status.PASSED).stream().filter(o -> !o.unmanagedKinds().isEmpty()).toList();
        line("### Passed, with objects syncdb does not manage (" + passed.size() + " of "
                + r.count(Status.PASSED) + " passed cases)").line("");
        line("syncdb reported these objects as not managed (plan notices); they were not compared, so such a "
                + "pass covers only the managed objects of the case.").line("");
        if (passed.isEmpty()) {
            line("None.").line("");
            return;
        }
        line("| object kind | passed cases with it |").line("|---|---:|");
        Map<String, Long> byKind = passed.stream().flatMap(o -> o.unmanagedKinds().stream())
                .collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
        byKind.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> line("| " + cell(e.getKey()) + " | " + e.getValue() + " |"));
        line("");
    }

    private void causes(DialectRun r) {
        List<CaseOutcome> failed = r.with(Status.FAILED);
        line("### Most common failure causes (" + failed.size() + " failed cases)").line("");
        if (failed.isEmpty()) {
            line("None.").line("");
            return;
        }
        line("| # | cause (normalized first line) | cases | examples |").line("|---:|---|---:|---|");
        int i = 1;
        for (FailureCauses.Cause c : FailureCauses.top(failed, TOP_CAUSES)) {
            line("| " + i++ + " | " + cell(c.text()) + " | " + c.count() + " | "
                    + c.examples().stream().map(e -> "`" + e + "`").collect(Collectors.joining(", ")) + " |");
        }
        line("").line("Every failed case with its cause: `" + KnownFailures.PATH + "`.").line("");
    }

    private void rejected(DialectRun r) {
        List<CaseOutcome> rej = r.with(Status.REJECTED);
        line("### Rejected by the database (" + rej.size() + ")").line("");
        line("The server itself refused the case's `current` or `desired` SQL, so syncdb was not judged.").line("");
        rej.forEach(o -> line("- `" + o.id() + "`: " + cell(FailureCauses.scrub(o.reason()))));
        line(rej.isEmpty() ? "None.\n" : "");
    }

    private void perFile(DialectRun r) {
        line("### Per file").line("");
        line("| file | cases | skipped | rejected | passed | failed |").line("|---|---:|---:|---:|---:|---:|");
        Map<String, List<CaseOutcome>> byFile = r.outcomes().stream().collect(Collectors.groupingBy(
                o -> o.corpusCase().file(), TreeMap::new, Collectors.toList()));
        byFile.forEach((file, os) -> line("| " + file + " | " + os.size() + " | " + n(os, Status.SKIPPED) + " | "
                + n(os, Status.REJECTED) + " | " + n(os, Status.PASSED) + " | " + n(os, Status.FAILED) + " |"));
        line("");
    }

    private static long n(List<CaseOutcome> os, Status s) {
        return os.stream().filter(o -> o.status() == s).count();
    }

    static String percent(long part, long whole) {
        return whole == 0 ? "–" : String.format(java.util.Locale.ROOT, "%.1f %%", 100.0 * part / whole);
    }

    static String seconds(Duration d) {
        return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }

    private MarkdownReport line(String s) {
        md.append(s).append('\n');
        return this;
    }
}
