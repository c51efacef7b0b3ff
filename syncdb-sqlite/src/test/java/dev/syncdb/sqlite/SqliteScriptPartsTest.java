package dev.syncdb.sqlite;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which SQLite scripts are split into parts, and how. */
class SqliteScriptPartsTest {

    private static List<String> tables(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("CREATE TABLE t" + i + " (id INTEGER PRIMARY KEY, p INTEGER REFERENCES t" + Math.max(0, i - 1) + "(id))");
        }
        return out;
    }

    @Test
    void tablesAreGroupedWithTheirIndexesPragmasGoToEveryPart() {
        List<String> s = new ArrayList<>();
        s.add("-- header\nPRAGMA foreign_keys = ON;");
        s.addAll(tables(5));                                                 // 1..5
        s.add("/* c */ CREATE VIEW v AS SELECT * FROM t0 JOIN t4 ON 1");     // 6
        s.add("create unique index IF NOT EXISTS \"I x\" on [T0] (p)");      // 7: t0's part
        s.add("CREATE INDEX i4 ON `t4`(p)");                                 // 8: t4's part

        var parts = SqliteScriptParts.of(s, 2).orElseThrow();

        assertThat(parts).containsExactly(
                List.of(0, 1, 2, 7),   // t0, t1 and t0's index
                List.of(0, 3, 4),      // t2, t3
                List.of(0, 5, 6, 8));  // t4, the view, t4's index
    }

    @Test
    void smallScriptsStayInOneDatabase() {
        assertThat(SqliteScriptParts.of(tables(SqliteScriptParts.OBJECTS_PER_PART))).isEmpty();
        assertThat(SqliteScriptParts.of(tables(SqliteScriptParts.OBJECTS_PER_PART + 1))).get()
                .satisfies(p -> assertThat(p).hasSize(2));
    }

    @Test
    void scriptsWhosePartsCouldSeeEachOtherStayInOneDatabase() {
        for (String extra : List.of(
                "CREATE TRIGGER tr AFTER INSERT ON t0 BEGIN SELECT 1; END",
                "INSERT INTO t0 VALUES (1, NULL)",
                "ALTER TABLE t1 ADD COLUMN x INTEGER",
                "CREATE TABLE main.t9 (id INTEGER)",
                "CREATE TEMP TABLE t9 (id INTEGER)",
                "CREATE TABLE t9 AS SELECT * FROM t0",
                "CREATE TABLE \"T3\" (id INTEGER)",           // same name as t3 to SQLite
                "CREATE INDEX t2 ON t0 (p)",                    // an index named like a table
                "CREATE INDEX i ON nowhere (p)",                // on a table the script does not create
                "CREATE VIEW sqlite_v AS SELECT 1",
                "PRAGMA journal_mode = WAL",
                "CREATE VIRTUAL TABLE f USING fts5(x)")) {
            List<String> s = new ArrayList<>(tables(6));
            s.add(extra);
            assertThat(SqliteScriptParts.of(s, 2)).as(extra).isEmpty();
        }
    }

    @Test
    void anIndexBeforeItsTableStaysInOneDatabase() {
        List<String> s = new ArrayList<>(List.of("CREATE INDEX i ON t5 (p)"));
        s.addAll(tables(6));
        assertThat(SqliteScriptParts.of(s, 2)).isEmpty();
    }

    @Test
    void namesCompareAsSqliteComparesThem() {
        assertThat(SqliteScriptParts.key("\"A\"\"b\"")).isEqualTo("a\"b");
        assertThat(SqliteScriptParts.key("[Ab C]")).isEqualTo("ab c");
        assertThat(SqliteScriptParts.key("`X``y`")).isEqualTo("x`y");
        assertThat(SqliteScriptParts.key("ÄB")).isEqualTo("Äb"); // SQLite folds ASCII letters only
    }
}
