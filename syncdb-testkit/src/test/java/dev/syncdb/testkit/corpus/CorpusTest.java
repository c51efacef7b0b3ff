package dev.syncdb.testkit.corpus;

import dev.syncdb.testkit.MysqlAvailable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Convergence on the sqldef corpus: runs a fixed, deterministic twentieth of the PostgreSQL cases, a
 * fortieth of the MySQL cases (on the local MariaDB) and all SQLite cases (the whole corpus with
 * {@code -Dsyncdb.corpus.full=true}) and fails on any failing case that is not on the known-failures
 * list. Listed cases that now pass are printed (and written to {@code target/corpus-now-passing.txt})
 * so the list can be shrunk.
 */
class CorpusTest {
    /** One PostgreSQL case in this many runs by default, chosen by a hash of the case id. */
    static final int PG_SAMPLE = 20;
    /** One MySQL case in this many (its cases run on the shared local server, which is slower per case). */
    static final int MYSQL_SAMPLE = 40;

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void noCaseOutsideTheKnownFailuresFails() throws IOException {
        String missing = CorpusLocation.missingReason();
        if (missing != null) {
            System.out.println("corpus test skipped: " + missing);
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(missing == null, missing);
        Corpus corpus = Corpus.locate();
        KnownFailures known = KnownFailures.read(knownFailuresFile());
        boolean full = Boolean.getBoolean("syncdb.corpus.full");
        List<CorpusDialect> dialects = new ArrayList<>(List.of(CorpusDialect.POSTGRESQL, CorpusDialect.SQLITE));
        if (MysqlAvailable.unavailableReason() == null || MysqlAvailable.promised()) {
            dialects.add(CorpusDialect.MYSQL);
        } else {
            System.out.println("mysql corpus cases not run: " + MysqlAvailable.unavailableReason());
        }
        List<DialectRun> runs = corpus.run(dialects, full ? c -> true : sample(), CorpusReport.options(false));

        List<String> regressions = new ArrayList<>();
        List<String> nowPassing = new ArrayList<>();
        for (DialectRun run : runs) {
            System.out.println(CorpusReport.summaryLine(run));
            assertThat(run.judged()).as("%s cases that ran", run.dialect().key()).isPositive();
            for (CaseOutcome o : run.outcomes()) {
                if (o.status() == CaseOutcome.Status.FAILED && !known.contains(o.id())) {
                    regressions.add(o.id() + ": " + FailureCauses.scrub(o.reason()));
                } else if (o.status() != CaseOutcome.Status.FAILED && known.contains(o.id())) {
                    nowPassing.add(o.id() + " (" + o.status().name().toLowerCase() + ")");
                }
            }
        }
        reportNowPassing(nowPassing);
        assertThat(regressions).as("corpus cases failing that are not on %s (regressions; if a failure is "
                + "accepted, add its line to the list)", KnownFailures.PATH).isEmpty();
    }

    /** The default selection: SQLite in full, PostgreSQL and MySQL by a stable hash of the case id. */
    static Predicate<CorpusCase> sample() {
        return c -> c.toolDir().equals(CorpusDialect.SQLITE.toolDir())
                || Math.floorMod((c.file() + "/" + c.name()).hashCode(),
                c.toolDir().equals(CorpusDialect.MYSQL.toolDir()) ? MYSQL_SAMPLE : PG_SAMPLE) == 0;
    }

    private static Path knownFailuresFile() {
        Path p = CorpusLocation.repositoryRoot().resolve(KnownFailures.PATH);
        assertThat(p).as("known-failures list").isRegularFile();
        return p;
    }

    private static void reportNowPassing(List<String> nowPassing) throws IOException {
        if (nowPassing.isEmpty()) {
            return;
        }
        String text = "Listed as known failures but no longer failing (remove them from " + KnownFailures.PATH
                + "):\n  " + String.join("\n  ", nowPassing) + "\n";
        System.out.println(text);
        Path out = Path.of("target", "corpus-now-passing.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
    }
}
