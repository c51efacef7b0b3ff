package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A desired schema SQLite cannot read: the one-line error names the line where the parser stopped
 * (not the line where the statement starts), and says whose SQL the file looks like when it is
 * another database's.
 */
class SchemaFileErrorsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void database() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"))) {
            c.createStatement().execute("CREATE TABLE keep (id integer)");
        }
    }

    Result plan(String file, String sql) throws Exception {
        Files.writeString(dir.resolve(file), sql);
        return CliRunner.run(dir, Map.of("DATABASE_URL", "sqlite://" + dir.resolve("app.db")), "plan", "--schema", file);
    }

    @Test
    void aSyntaxErrorNamesTheLineWhereTheParserStopped() throws Exception {
        Result r = plan("bad.sql", "CREATE TABLE a (id int);\n\nCREATE TABLE b (\n  id int,\n  x int,,\n  y int\n);\n");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.errLines().get(0)).startsWith("error: " + dir.resolve("bad.sql") + ":5: ").contains("near \",\"")
                .doesNotContain("looks like");
    }

    @Test
    void anUnfinishedStatementPointsAtItsLastLine() throws Exception {
        Result r = plan("cut.sql", "CREATE TABLE a (\n  id int,\n  name text\n");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines().get(0)).contains("cut.sql:3: ").contains("incomplete input");
    }

    @Test
    void anotherDatabasesSqlIsNamed() throws Exception {
        Result pg = plan("pg.sql", "-- app\nCREATE TABLE t (id int);\nCREATE TYPE mood AS ENUM ('a', 'b');\n");
        assertThat(pg.code()).isEqualTo(1);
        assertThat(pg.errLines()).hasSize(1);
        assertThat(pg.errLines().get(0)).contains("pg.sql:3: ")
                .contains("the file looks like postgresql SQL, but the desired schema is read as sqlite SQL");
        Result my = plan("my.sql", "CREATE TABLE u (\n  id int AUTO_INCREMENT PRIMARY KEY\n) ENGINE=InnoDB;\n");
        assertThat(my.errLines().get(0)).contains("my.sql:3: ").contains("looks like mysql SQL");
    }
}
