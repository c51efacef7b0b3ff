package dev.syncdb.testkit.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The command that runs the whole corpus and writes {@code docs/corpus.md}:
 * {@code mvn -q -o -pl syncdb-testkit exec:java -Dexec.mainClass=dev.syncdb.testkit.corpus.CorpusReport}.
 * With {@code -Dexec.args=--write-known-failures} it also rewrites the known-failures list.
 * {@code -Dsyncdb.corpus.threads=N} and {@code -Dsyncdb.corpus.timeout=SECONDS} tune the run;
 * {@code -Dsyncdb.corpus.only=REGEX} keeps the cases whose {@code tooldir/file/case} matches (for debugging).
 */
public final class CorpusReport {
    static final String COMMAND = "mvn -q -o -pl syncdb-testkit exec:java "
            + "-Dexec.mainClass=dev.syncdb.testkit.corpus.CorpusReport";

    private CorpusReport() {
    }

    public static void main(String[] args) throws IOException {
        boolean writeKnown = Arrays.asList(args).contains("--write-known-failures");
        Corpus corpus = Corpus.locate();
        CorpusRunner.Options options = options(true);
        String only = System.getProperty("syncdb.corpus.only", "");
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(only);
        List<DialectRun> runs = corpus.run(List.of(CorpusDialect.values()),
                c -> only.isEmpty() || p.matcher(c.toolDir() + "/" + c.file() + "/" + c.name()).find(), options);
        Path root = CorpusLocation.repositoryRoot();
        Path report = root.resolve("docs/corpus.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, MarkdownReport.render(runs, header(options)));
        System.out.println("wrote " + report);
        if (writeKnown) {
            Path known = root.resolve(KnownFailures.PATH);
            Files.createDirectories(known.getParent());
            Files.writeString(known, KnownFailures.render(runs));
            System.out.println("wrote " + known);
        }
        runs.forEach(r -> System.out.println(summaryLine(r)));
    }

    /** Run options from system properties; with {@code verbose}, progress is printed every 50 cases. */
    static CorpusRunner.Options options(boolean verbose) {
        int threads = Integer.getInteger("syncdb.corpus.threads", 3);
        Duration timeout = Duration.ofSeconds(Integer.getInteger("syncdb.corpus.timeout", 60));
        AtomicInteger done = new AtomicInteger();
        return new CorpusRunner.Options(timeout, threads, o -> {
            int n = done.incrementAndGet();
            if (verbose && n % 50 == 0) {
                System.out.println("  " + n + " cases run (" + o.dialect().key() + ")");
            }
        });
    }

    static String summaryLine(DialectRun r) {
        return String.format("%-10s cases %4d  skipped %4d  rejected %3d  passed %4d  failed %4d  "
                        + "up %4d  down %4d  %s", r.dialect().key(), r.outcomes().size(),
                r.count(CaseOutcome.Status.SKIPPED), r.count(CaseOutcome.Status.REJECTED),
                r.count(CaseOutcome.Status.PASSED), r.count(CaseOutcome.Status.FAILED),
                r.passed(Direction.UP), r.passed(Direction.DOWN), MarkdownReport.seconds(r.elapsed()));
    }

    private static String header(CorpusRunner.Options o) {
        return "Generated " + LocalDate.now(ZoneOffset.UTC) + " by `" + COMMAND + "` from the sqldef "
                + "corpus (`../shared/corpus/sqldef`, sqldef v3.11.20, commit 29164ef; see its README). "
                + "Each case runs in both directions on fresh databases: the *from* SQL is loaded directly, "
                + "then syncdb's apply (the CLI's engine, destructive steps allowed) brings the database to "
                + "the *to* SQL and verifies it, and a second plan must be empty. `-- @renamed` hints are "
                + "not used yet (drop + add). " + o.threads() + " cases at a time, " + o.timeout().toSeconds()
                + " s limit per case, " + Runtime.getRuntime().availableProcessors() + " CPU(s).";
    }
}
