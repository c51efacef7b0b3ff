package dev.syncdb.sqlite;

import dev.syncdb.SyncdbException;
import dev.syncdb.diff.DiffOptions;
import dev.syncdb.engine.apply.ApplyResult;
import dev.syncdb.plan.PlanStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rebuilds on real SQLite files must keep every row, and a failing rebuild must change nothing. */
class SqliteDataSafetyTest {

    private static final String PARENT_CHILD = """
            CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT);
            CREATE TABLE child (
              id INTEGER PRIMARY KEY,
              parent_id INTEGER NOT NULL REFERENCES parent (id) ON DELETE CASCADE,
              label TEXT
            );
            CREATE TABLE grandchild (
              id INTEGER PRIMARY KEY,
              child_id INTEGER REFERENCES child (id) ON DELETE CASCADE
            );
            """;

    @TempDir
    Path tmp;

    @Test
    void rebuildingCascadeParentAndChildKeepsEveryRow() throws Exception {
        SqliteFixture db = new SqliteFixture(tmp.resolve("app.db"));
        db.script(PARENT_CHILD);
        db.script("""
                INSERT INTO parent VALUES (1, 'one'), (2, 'two'), (3, 'three');
                INSERT INTO child VALUES (10, 1, 'a'), (11, 1, 'b'), (12, 2, 'c'), (13, 3, NULL);
                INSERT INTO grandchild VALUES (100, 10), (101, 12);
                """);
        List<String> parents = db.rows("parent");
        List<String> children = db.rows("child");
        List<String> grandchildren = db.rows("grandchild");
        Path desired = SqliteFixture.write(tmp, "desired.sql", """
                CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
                  CHECK (length(name) < 100));
                CREATE TABLE child (
                  id INTEGER PRIMARY KEY,
                  parent_id INTEGER NOT NULL REFERENCES parent (id) ON DELETE CASCADE,
                  label VARCHAR(20)
                );
                CREATE TABLE grandchild (
                  id INTEGER PRIMARY KEY,
                  child_id INTEGER REFERENCES child (id) ON DELETE CASCADE
                );
                """);

        ApplyResult r = db.apply(desired, DiffOptions.DEFAULT);

        assertThat(r.planned().plan().steps().stream().map(PlanStep::comment))
                .contains("rebuild table parent", "rebuild table child");
        assertThat(db.rows("parent")).isEqualTo(parents);
        assertThat(db.rows("child")).isEqualTo(children);
        assertThat(db.rows("grandchild")).isEqualTo(grandchildren);
        assertThat(db.plan(desired, DiffOptions.DEFAULT).inSync()).isTrue();
        try (var c = db.connect(); var st = c.createStatement(); var rs = st.executeQuery("PRAGMA foreign_keys")) {
            assertThat(rs.next() && rs.getInt(1) == 1).as("foreign keys are on again").isTrue();
        }
    }

    /** A rebuild of a large parent with 200,000 cascading children: every row of every table survives. */
    @Test
    void rebuildingALargeCascadeParentKeepsEveryRow() throws Exception {
        SqliteFixture db = new SqliteFixture(tmp.resolve("large.db"));
        db.script(PARENT_CHILD);
        db.script("""
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000)
                INSERT INTO parent SELECT i, 'p' || i FROM n;
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000)
                INSERT INTO child SELECT i, (i % 50000) + 1, CASE WHEN i % 7 = 0 THEN NULL ELSE 'l' || i END FROM n;
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
                INSERT INTO grandchild SELECT i, i * 2 FROM n;
                """);
        List<String> parents = db.rows("parent");
        List<String> children = db.rows("child");
        List<String> grandchildren = db.rows("grandchild");
        Path desired = SqliteFixture.write(tmp, "desired.sql", PARENT_CHILD
                .replace("name TEXT)", "name TEXT NOT NULL COLLATE NOCASE, created TEXT)"));

        ApplyResult r = db.apply(desired, DiffOptions.DEFAULT);

        assertThat(r.planned().plan().steps().stream().map(PlanStep::comment)).contains("rebuild table parent");
        assertThat(children).hasSize(200_000);
        assertThat(db.rows("child")).isEqualTo(children);
        assertThat(db.rows("grandchild")).isEqualTo(grandchildren);
        assertThat(db.rows("parent")).hasSize(50_000).allSatisfy(row -> assertThat(row).endsWith("created=null"));
        assertThat(db.rows("parent").stream().map(row -> row.replace(" created=null", "")).toList()).isEqualTo(parents);
        assertThat(db.plan(desired, DiffOptions.DEFAULT).inSync()).isTrue();
    }

    @Test
    void droppingATableWithCascadingChildrenDeletesNoChildRow() throws Exception {
        SqliteFixture db = new SqliteFixture(tmp.resolve("drop.db"));
        db.script(PARENT_CHILD);
        db.script("INSERT INTO parent VALUES (1, 'one'); INSERT INTO child VALUES (10, 1, 'a');");
        Path desired = SqliteFixture.write(tmp, "desired.sql", """
                CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL, label TEXT);
                CREATE TABLE grandchild (id INTEGER PRIMARY KEY, child_id INTEGER REFERENCES child (id) ON DELETE CASCADE);
                """);

        db.apply(desired, DiffOptions.DEFAULT);

        assertThat(db.rows("child")).containsExactly("id=10 parent_id=1 label=a");
    }

    @Test
    void rebuildWhoseNewForeignKeyIsViolatedRollsBackAndChangesNothing() throws Exception {
        SqliteFixture db = new SqliteFixture(tmp.resolve("bad.db"));
        db.script("""
                CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT);
                CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER, label TEXT);
                INSERT INTO parent VALUES (1, 'one');
                INSERT INTO child VALUES (10, 1, 'ok'), (11, 99, 'orphan');
                """);
        List<String> schema = db.schemaText();
        List<String> children = db.rows("child");
        Path desired = SqliteFixture.write(tmp, "desired.sql", """
                CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT);
                CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id), label TEXT);
                """);

        // the live-data preflight now refuses the step before anything runs (orphan rows for the new key);
        // either way (refused, or run and rolled back) nothing may change
        assertThatThrownBy(() -> db.apply(desired, DiffOptions.DEFAULT))
                .isInstanceOf(SyncdbException.class)
                .satisfies(e -> assertThat(((SyncdbException) e).exitCode()).isIn(SyncdbException.ERROR, SyncdbException.REFUSED));

        assertThat(db.schemaText()).isEqualTo(schema);
        assertThat(db.rows("child")).isEqualTo(children);
        assertThat(db.rows("parent")).hasSize(1);
    }

    @Test
    void planOnAMissingFileFailsAndDoesNotCreateIt() throws Exception {
        SqliteFixture db = new SqliteFixture(tmp.resolve("missing.db"));
        Path desired = SqliteFixture.write(tmp, "desired.sql", "CREATE TABLE t (id INTEGER PRIMARY KEY);");

        assertThatThrownBy(() -> db.plan(desired, DiffOptions.DEFAULT))
                .isInstanceOf(SyncdbException.class)
                .hasMessageContaining("database does not exist");

        assertThat(Files.exists(db.file)).isFalse();
    }

    @Test
    void applyCreatesAMissingFile() throws Exception {
        SqliteFixture db = new SqliteFixture(tmp.resolve("new.db"));
        Path desired = SqliteFixture.write(tmp, "desired.sql", "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);");

        assertThat(db.apply(desired, DiffOptions.DEFAULT).outcome()).isEqualTo(ApplyResult.Outcome.APPLIED);

        assertThat(Files.exists(db.file)).isTrue();
        assertThat(db.plan(desired, DiffOptions.DEFAULT).inSync()).isTrue();
    }
}
