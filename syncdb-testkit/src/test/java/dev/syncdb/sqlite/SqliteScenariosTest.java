package dev.syncdb.sqlite;

import dev.syncdb.diff.DiffOptions;
import dev.syncdb.engine.apply.ApplyResult;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.plan.PlanStep;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQLite round-trip corpus: each directory under {@code scenarios/sqlite/} holds
 * {@code current.sql}, {@code desired.sql}, optional {@code data.sql} (rows loaded after current),
 * optional {@code renames.properties} ("table.old = new" for columns) and an optional marker file
 * {@code one-way}. Each scenario applies desired onto current through the real engine, expects an
 * empty plan afterwards and the row count of every table that is kept, then applies current again
 * (the way back) and expects convergence again.
 */
class SqliteScenariosTest {

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> scenarios() throws Exception {
        Path root = Path.of(getClass().getResource("/scenarios/sqlite").toURI());
        try (Stream<Path> dirs = Files.list(root)) {
            List<Path> all = dirs.filter(Files::isDirectory).sorted().toList();
            assertThat(all).hasSizeGreaterThanOrEqualTo(15);
            return all.stream().map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> run(d)));
        }
    }

    private void run(Path dir) throws Exception {
        SqliteFixture db = new SqliteFixture(tmp.resolve(dir.getFileName() + ".db"));
        db.script(Files.readString(dir.resolve("current.sql")));
        if (Files.exists(dir.resolve("data.sql"))) {
            db.script(Files.readString(dir.resolve("data.sql")));
        }
        Map<String, Integer> counts = counts(db, dir);
        DiffOptions forward = renames(dir, false);
        ApplyResult applied = db.apply(dir.resolve("desired.sql"), forward);
        assertThat(applied.outcome()).as(dir + " applies").isEqualTo(ApplyResult.Outcome.APPLIED);
        assertEmpty(db.plan(dir.resolve("desired.sql"), DiffOptions.DEFAULT), dir + " forward");
        Map<String, Integer> after = counts(db, dir);
        counts.keySet().retainAll(after.keySet());
        after.keySet().retainAll(counts.keySet());
        assertThat(after).as(dir + " row counts after forward apply").isEqualTo(counts);
        if (!Files.exists(dir.resolve("one-way"))) {
            db.apply(dir.resolve("current.sql"), renames(dir, true));
            assertEmpty(db.plan(dir.resolve("current.sql"), DiffOptions.DEFAULT), dir + " backward");
        }
    }

    private static void assertEmpty(PlanResult p, String what) {
        assertThat(p.plan().steps().stream().map(PlanStep::comment).toList()).as(what + " converged").isEmpty();
    }

    /** Row counts of every table that exists (tables the scenario drops are left out when compared). */
    private static Map<String, Integer> counts(SqliteFixture db, Path dir) throws Exception {
        Map<String, Integer> out = new HashMap<>();
        for (String entry : db.schemaText()) {
            if (entry.startsWith("table ") && !entry.startsWith("table sqlite_")) {
                String t = entry.substring(6, entry.indexOf(':'));
                out.put(t, db.rows(t).size());
            }
        }
        return out;
    }

    private static DiffOptions renames(Path dir, boolean backward) throws Exception {
        Path f = dir.resolve("renames.properties");
        if (!Files.exists(f)) {
            return DiffOptions.DEFAULT;
        }
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(f)));
        Map<String, String> cols = new HashMap<>();
        for (String k : p.stringPropertyNames()) {
            String table = k.substring(0, k.indexOf('.'));
            String old = k.substring(k.indexOf('.') + 1);
            if (backward) {
                cols.put(table + "." + p.getProperty(k), old);
            } else {
                cols.put(k, p.getProperty(k));
            }
        }
        return new DiffOptions(Map.of(), cols);
    }
}
