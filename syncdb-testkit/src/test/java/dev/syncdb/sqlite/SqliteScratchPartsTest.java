package dev.syncdb.sqlite;

import dev.syncdb.SyncdbException;
import dev.syncdb.cache.ModelCodec;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.engine.desired.ScriptRunner;
import dev.syncdb.engine.desired.SqlFilesSource;
import dev.syncdb.engine.session.Session;
import dev.syncdb.engine.session.Timings;
import dev.syncdb.model.Schema;
import dev.syncdb.sql.SqlScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A large SQLite schema materialized in several in-memory databases at once: the model read back
 * is the one a single database gives, and a failing script reports the statement a single
 * database stops at, whichever part finishes first.
 */
class SqliteScratchPartsTest {
    private static final int TABLES = 3 * SqliteScriptParts.OBJECTS_PER_PART - 30; // and 15 views: 3 parts
    private final SqliteDialect dialect = new SqliteDialect();

    @TempDir
    Path tmp;

    /** Tables with keys, checks, defaults, foreign keys into other parts, indexes and some views. */
    private static String script(String... extraLast) {
        StringBuilder b = new StringBuilder("PRAGMA foreign_keys = ON;\n");
        for (int i = 0; i < TABLES; i++) {
            String name = i % 7 == 0 ? "\"Mixed Case " + i + "\"" : "t" + i;
            b.append("CREATE TABLE ").append(name).append(" (\n  id INTEGER PRIMARY KEY,\n")
                    .append("  code varchar(20) NOT NULL UNIQUE,\n  amount numeric(12,2) DEFAULT 0 CHECK (amount >= 0)");
            if (i > 0) {
                String parent = (i - 1) % 7 == 0 ? "\"Mixed Case " + (i - 1) + "\"" : "t" + (i - 1);
                b.append(",\n  parent_id INTEGER REFERENCES ").append(parent).append(" (id) ON DELETE SET NULL");
                b.append(",\n  far_id INTEGER REFERENCES T").append(i / 2 % 7 == 0 ? 1 : i / 2).append(" (id)");
            }
            b.append("\n);\n");
            b.append("CREATE INDEX ix_").append(i).append(" ON ").append(name).append(" (amount DESC, code);\n");
            if (i % 50 == 0) {
                b.append("CREATE VIEW v_").append(i).append(" AS SELECT id, code FROM ").append(name)
                        .append(" WHERE amount > 0;\n");
            }
        }
        for (String s : extraLast) {
            b.append(s).append(";\n");
        }
        return b.toString();
    }

    private Schema oneDatabase(String text) throws Exception {
        try (Connection c = SqliteConnector.connect(SqliteConnector.MEMORY)) {
            ScriptRunner.forScratch(dialect, c).run(c, List.of(new SqlScript(path().toString(), text)));
            return Session.withoutHistories(dialect.inspector().inspect(c, "main"));
        }
    }

    private Path path() {
        return tmp.resolve("schema.sql");
    }

    private Schema parts(Session s, String text, Timings timings) throws Exception {
        Files.writeString(path(), text);
        return new SqlFilesSource(List.of(path()), null).load(s, timings);
    }

    @Test
    void theModelIsTheOneOneDatabaseGives() throws Exception {
        String text = script();
        try (Session s = Session.open(DatabaseUrl.parse("sqlite:" + tmp.resolve("t.db")), null, true)) {
            Timings timings = new Timings();
            Schema split = parts(s, text, timings);

            assertThat(timings.facts()).containsEntry("scratch places", "3");
            Schema whole = oneDatabase(text);
            assertThat(split.tables()).hasSize(TABLES);
            assertThat(split.views()).hasSize(TABLES / 50 + 1);
            assertThat(split).isEqualTo(whole);
            assertThat(new ModelCodec().encode(split)).isEqualTo(new ModelCodec().encode(whole));
        }
    }

    @Test
    void theFirstFailingStatementInScriptOrderIsReported() throws Exception {
        // the last part fails early (a column t600 lacks), the first part late (an index at the end)
        String text = script("CREATE INDEX late_bad ON t1 (no_such_column)")
                .replace("CREATE INDEX ix_600 ON t600 (amount DESC, code)", "CREATE INDEX ix_600 ON t600 (nothing)");
        String expected;
        try {
            oneDatabase(text);
            throw new AssertionError("the script should fail");
        } catch (SyncdbException e) {
            expected = e.getMessage();
        }
        assertThat(expected).contains("schema.sql:").contains("nothing");

        try (Session s = Session.open(DatabaseUrl.parse("sqlite:" + tmp.resolve("t.db")), null, true)) {
            for (int run = 0; run < 3; run++) {
                assertThatThrownBy(() -> parts(s, text, new Timings()))
                        .isInstanceOf(SyncdbException.class)
                        .hasMessageContaining(expected.substring(expected.indexOf("schema.sql:")));
            }
            String onlyLate = script("CREATE INDEX late_bad ON t1 (no_such_column)");
            assertThatThrownBy(() -> parts(s, onlyLate, new Timings()))
                    .hasMessageContaining("no_such_column");
        }
    }
}
