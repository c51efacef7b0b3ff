package dev.syncdb.testkit.corpus;

import dev.syncdb.testkit.PgServers;
import dev.syncdb.testkit.scenario.MysqlScenarioDatabases;
import dev.syncdb.testkit.scenario.PgScenarioDatabases;
import dev.syncdb.testkit.scenario.ScenarioDatabases;
import dev.syncdb.testkit.scenario.SqliteScenarioDatabases;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The sqldef corpus on disk and the way to run it: reads a dialect's cases and runs them on fresh
 * databases of that dialect (embedded PostgreSQL, temporary SQLite files, databases on the local
 * MariaDB).
 */
public final class Corpus {
    private final Path directory;
    private final CorpusReader reader = new CorpusReader();

    public Corpus(Path directory) {
        this.directory = directory;
    }

    /** The corpus where {@link CorpusLocation} finds it; fails with a clear message when it is missing. */
    public static Corpus locate() {
        return new Corpus(CorpusLocation.corpusDirectory());
    }

    public Path directory() {
        return directory;
    }

    /** All cases of a dialect, files in name order, cases in file order. */
    public List<CorpusCase> cases(CorpusDialect dialect) {
        return reader.readDirectory(directory.resolve(dialect.toolDir()));
    }

    /** Runs the cases of each dialect that {@code select} keeps. */
    public List<DialectRun> run(List<CorpusDialect> dialects, Predicate<CorpusCase> select,
                                CorpusRunner.Options options) {
        List<DialectRun> runs = new ArrayList<>();
        CorpusRunner runner = new CorpusRunner(options);
        for (CorpusDialect d : dialects) {
            List<CorpusCase> cases = cases(d).stream().filter(select).toList();
            try (ScenarioDatabases dbs = databases(d)) {
                runs.add(runner.run(d, cases, dbs));
            }
        }
        return runs;
    }

    /** Fresh-database provider of a dialect; null when syncdb does not support it. */
    static ScenarioDatabases databases(CorpusDialect d) {
        return switch (d) {
            case POSTGRESQL -> PgScenarioDatabases.withCorpusRoles(PgServers.embedded());
            case SQLITE -> new SqliteScenarioDatabases();
            case MYSQL -> new MysqlScenarioDatabases(dev.syncdb.testkit.MysqlServer.local());
        };
    }
}
