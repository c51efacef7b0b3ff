package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The online benchmark ({@code bash bench/online.sh}, not part of the build): the same change (an index,
 * a foreign key, NOT NULL and a unique key on a table of {@code -Dsyncdb.bench.rows} rows, default
 * 1,000,000) applied with {@code --no-online} and with {@code --online} while a writer inserts and
 * updates rows; prints the writer's longest wait and the apply's duration for each.
 */
@EnabledIfSystemProperty(named = "syncdb.bench", matches = "online")
class OnlineBenchmark {
    @TempDir
    Path dir;

    @Test
    void writersLongestWaitWithAndWithoutOnline() throws Exception {
        long rows = Long.getLong("syncdb.bench.rows", 1_000_000);
        PgServer pg = PgServers.external().orElseGet(PgServers::embedded);
        for (String mode : new String[] {"--no-online", "--online"}) {
            String db = pg.freshDatabase();
            try {
                pg.run(db, OnlinePostgresTest.populate(rows));
                Files.writeString(dir.resolve("schema.sql"), OnlinePostgresTest.DESIRED);
                LoadWriter writer;
                Result r;
                long took;
                try (Connection wc = pg.connect(db)) {
                    writer = new LoadWriter(wc, 2_000_001, rows);
                    Thread.sleep(500);
                    long t0 = System.nanoTime();
                    try {
                        r = CliRunner.run(dir, Map.of("DATABASE_URL", pg.url(db)), "apply", "--auto", "--no-backup",
                                mode, "--lock-wait-timeout", "3s", "--schema", "schema.sql", "--no-color");
                    } finally {
                        took = (System.nanoTime() - t0) / 1_000_000;
                        Thread.sleep(500);
                        writer.close();
                    }
                }
                assertThat(r.code()).as(r.out() + r.err()).isZero();
                assertThat(writer.errors()).isEmpty();
                System.out.printf("online-bench %s rows=%d %s: apply %d ms, writer statements %d, longest wait %d ms%n",
                        pg.label(), rows, mode, took, writer.statements(), writer.longestMillis());
            } finally {
                pg.dropDatabase(db);
            }
        }
    }
}
