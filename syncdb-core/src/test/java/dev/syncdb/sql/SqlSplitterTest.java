package dev.syncdb.sql;

import dev.syncdb.dialect.SplitOptions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SqlSplitterTest {
    private static final SplitOptions PG = new SplitOptions(true, false, false, true);
    private static final SplitOptions LITE = new SplitOptions(false, true, false, false);

    @Test
    void splitsOnSemicolonsOutsideQuotesAndComments() {
        String sql = "CREATE TABLE a (x text DEFAULT ';');\n-- a comment; with a semicolon\n"
                + "CREATE TABLE \"b;\" (y int); /* block; */ COMMENT ON TABLE a IS 'it''s; fine';";
        List<SqlChunk> chunks = new SqlSplitter(PG).split(sql);
        assertThat(chunks).extracting(SqlChunk::sql).containsExactly(
                "CREATE TABLE a (x text DEFAULT ';')",
                "-- a comment; with a semicolon\nCREATE TABLE \"b;\" (y int)",
                "/* block; */ COMMENT ON TABLE a IS 'it''s; fine'");
    }

    @Test
    void keepsDollarQuotedBodiesAndDropsPsqlMetaCommands() {
        String sql = "\\restrict abc\nCREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;\nSELECT $$a;b$$;";
        List<SqlChunk> chunks = new SqlSplitter(PG).split(sql);
        assertThat(chunks).hasSize(2);
        assertThat(chunks.get(0).sql()).contains("SELECT 1; $body$");
        assertThat(chunks.get(0).line()).isEqualTo(2);
        assertThat(chunks.get(1).line()).isEqualTo(3);
    }

    @Test
    void keepsTriggerBodiesTogether() {
        String sql = "CREATE TABLE t (a int);\nCREATE TRIGGER tr AFTER INSERT ON t BEGIN\n"
                + "  UPDATE t SET a = CASE WHEN a > 1 THEN 1 ELSE 2 END;\n  SELECT 1;\nEND;\nCREATE INDEX i ON t (a);";
        List<SqlChunk> chunks = new SqlSplitter(LITE).split(sql);
        assertThat(chunks).hasSize(3);
        assertThat(chunks.get(1).sql()).startsWith("CREATE TRIGGER").endsWith("END");
        assertThat(chunks.get(2).line()).isEqualTo(6);
    }

    @Test
    void commentOnlyTextHasNoStatements() {
        assertThat(new SqlSplitter(PG).split("-- nothing here\n/* nor here */\n;")).isEmpty();
    }

    @Test
    void keepsABeginAtomicRoutineBodyWhole() {
        SqlSplitter pg = new SqlSplitter(new dev.syncdb.dialect.SplitOptions(true, true, false, true));
        List<SqlChunk> chunks = pg.split("""
                BEGIN;
                CREATE FUNCTION total() RETURNS numeric LANGUAGE sql
                BEGIN ATOMIC
                    SELECT CASE WHEN true THEN 1 END;
                    SELECT 2;
                END;
                COMMIT;
                """);
        assertThat(chunks).extracting(SqlChunk::sql).hasSize(3);
        assertThat(chunks.get(1).sql()).startsWith("CREATE FUNCTION").endsWith("END");
    }
}
