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

    /** MySQL compound statements: routines, events and DEFINER triggers with IF, loops and CASE inside. */
    @Test
    void keepsMysqlCompoundBodiesWhole() {
        String sql = """
                CREATE TABLE t (a int);
                CREATE DEFINER=`root`@`localhost` TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN
                  IF NEW.a < 0 THEN SET NEW.a = 0; ELSEIF NEW.a > 9 THEN SET NEW.a = 9; END IF;
                  CASE NEW.a WHEN 1 THEN SET NEW.a = 2; ELSE BEGIN END; END CASE;
                END;
                CREATE PROCEDURE p(IN n INT) BEGIN
                  DECLARE i INT DEFAULT 0;
                  w: WHILE i < n DO SET i = i + 1; END WHILE w;
                  REPEAT SET i = i - 1; UNTIL i = 0 END REPEAT;
                  l: LOOP LEAVE l; END LOOP;
                  SELECT CASE WHEN i > 0 THEN 'x' END;
                END;
                CREATE FUNCTION f(x INT) RETURNS INT DETERMINISTIC RETURN x + 1;
                CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO BEGIN DELETE FROM t; INSERT INTO t VALUES (1); END;
                CREATE OR REPLACE PROCEDURE q() BEGIN SELECT 1; END;
                SELECT 1;""";
        List<SqlChunk> chunks = new SqlSplitter(new SplitOptions(false, true, true, false)).split(sql);
        assertThat(chunks).extracting(c -> c.sql().substring(0, Math.min(20, c.sql().length()))).containsExactly(
                "CREATE TABLE t (a in", "CREATE DEFINER=`root", "CREATE PROCEDURE p(I", "CREATE FUNCTION f(x ",
                "CREATE EVENT e ON SC", "CREATE OR REPLACE PR", "SELECT 1");
        assertThat(chunks.get(1).sql()).endsWith("END CASE;\nEND");
        assertThat(chunks.get(2).sql()).endsWith("END;\nEND");
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

    @Test
    void aQuotedNameOrStringLineStartingWithABackslashIsNotAMetaCommand() {
        String sql = "\\connect app\nCREATE TABLE \"r;\n\\Q\" (\"a\" text DEFAULT 'x\n\\y;');\n"
                + "COMMENT ON TABLE \"r;\n\\Q\" IS $$\n\\z$$;\n  \\echo done\n";
        List<SqlChunk> chunks = new SqlSplitter(PG).split(sql);
        assertThat(chunks).extracting(SqlChunk::sql).containsExactly(
                "CREATE TABLE \"r;\n\\Q\" (\"a\" text DEFAULT 'x\n\\y;')",
                "COMMENT ON TABLE \"r;\n\\Q\" IS $$\n\\z$$");
        assertThat(chunks).extracting(SqlChunk::line).containsExactly(2, 5);
    }

    @Test
    void aBackslashInABacktickNameEscapesNothing() {
        SplitOptions mysql = new SplitOptions(false, true, true, false);
        String sql = "CREATE TABLE `a\\` (`b\\``;c` int, d varchar(9) DEFAULT 'e\\';f');\nSELECT 1;";
        assertThat(new SqlSplitter(mysql).split(sql)).extracting(SqlChunk::sql).containsExactly(
                "CREATE TABLE `a\\` (`b\\``;c` int, d varchar(9) DEFAULT 'e\\';f')", "SELECT 1");
    }
}
