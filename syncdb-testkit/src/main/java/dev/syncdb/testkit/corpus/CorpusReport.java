package dev.syncdb.testkit.corpus;

import dev.syncdb.testkit.scenario.Direction;

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
 * {@code mvn -q -pl syncdb-testkit -am compile org.codehaus.mojo:exec-maven-plugin:java}.
 * With {@code -Dexec.args=--write-known-failures} it also rewrites the known-failures list.
 * {@code -Dsyncdb.corpus.threads=N} and {@code -Dsyncdb.corpus.timeout=SECONDS} tune the run;
 * {@code -Dsyncdb.corpus.only=REGEX} keeps the cases whose {@code tooldir/file/case} matches (for debugging);
 * {@code -Dsyncdb.corpus.dialects=mysql} runs only the named dialects (the report then goes to
 * {@code target/corpus.md}, and the known-failures list keeps the other dialects' lines).
 */
public final class CorpusReport {
    static final String COMMAND = "mvn -q -pl syncdb-testkit -am compile org.codehaus.mojo:exec-maven-plugin:java";

    private CorpusReport() {
    }

    public static void main(String[] args) throws IOException {
        boolean writeKnown = Arrays.asList(args).contains("--write-known-failures");
        Corpus corpus = Corpus.locate();
        CorpusRunner.Options options = options(true);
        String only = System.getProperty("syncdb.corpus.only", "");
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(only);
        List<CorpusDialect> dialects = dialects();
        List<DialectRun> runs = corpus.run(dialects,
                c -> only.isEmpty() || p.matcher(c.toolDir() + "/" + c.file() + "/" + c.name()).find(), options);
        Path root = CorpusLocation.repositoryRoot();
        boolean all = dialects.size() == CorpusDialect.values().length;
        Path report = all ? root.resolve("docs/corpus.md") : Path.of("target", "corpus.md");
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, MarkdownReport.render(runs, header(options)));
        System.out.println("wrote " + report);
        if (writeKnown) {
            Path known = root.resolve(KnownFailures.PATH);
            Files.createDirectories(known.getParent());
            Files.writeString(known, knownFailures(runs, dialects, known));
            System.out.println("wrote " + known);
        }
        runs.forEach(r -> System.out.println(summaryLine(r)));
    }

    /** The dialects {@code -Dsyncdb.corpus.dialects=postgresql,mysql} names; all by default. */
    static List<CorpusDialect> dialects() {
        String names = System.getProperty("syncdb.corpus.dialects", "");
        if (names.isBlank()) {
            return List.of(CorpusDialect.values());
        }
        List<String> keys = Arrays.stream(names.split(",")).map(String::strip).toList();
        return Arrays.stream(CorpusDialect.values()).filter(d -> keys.contains(d.key())).toList();
    }

    /** The new list: the lines of the dialects that ran are replaced, the others' lines kept. */
    private static String knownFailures(List<DialectRun> runs, List<CorpusDialect> ran, Path known) throws IOException {
        String fresh = KnownFailures.render(runs);
        if (ran.size() == CorpusDialect.values().length || !Files.exists(known)) {
            return fresh;
        }
        List<String> kept = Files.readAllLines(known).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .filter(l -> ran.stream().noneMatch(d -> l.startsWith(d.key() + "/"))).toList();
        List<String> lines = new java.util.ArrayList<>(fresh.lines().toList());
        int firstCase = (int) lines.stream().takeWhile(l -> l.startsWith("#")).count();
        lines.addAll(firstCase, kept);
        return String.join("\n", lines) + "\n";
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
