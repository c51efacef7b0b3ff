package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inputs a new user gets wrong, on SQLite: a schema directory without a .sql file, a missing
 * migrations directory, and runs that fail (or only read) on a database file that does not exist
 * yet. Each is a one-line error or a clean run, and none leaves an empty database file behind.
 */
class BadInputLeavesNothingTest {
    @TempDir
    Path dir;

    Result cli(String db, String... args) {
        return CliRunner.run(dir, Map.of("DATABASE_URL", "sqlite://" + dir.resolve(db).toAbsolutePath()), args);
    }

    String files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return String.join(",", s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aSchemaDirectoryWithoutSqlFilesIsAnErrorNotAPlanToDropEverything() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"))) {
            c.createStatement().execute("CREATE TABLE keep (id integer)");
        }
        Files.createDirectory(dir.resolve("schema"));
        Files.writeString(dir.resolve("schema/README.txt"), "not sql");
        Result r = cli("app.db", "apply", "--auto", "--schema", "schema");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.errLines().get(0)).startsWith("error: no .sql file in directory ").endsWith("schema"
                + " (an empty desired schema would drop every table; name the files *.sql)");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM keep")) {
            assertThat(rs.next()).isTrue();
        }
    }

    @Test
    void aMissingMigrationsDirectoryIsNamedAndNothingIsCreated() throws Exception {
        Result r = cli("new.db", "upgrade", "--migrations", "nowhere");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("error: migrations directory not found: " + dir.resolve("nowhere")
                + " (write the first migration with migrate generate, or name the directory with --migrations)");
        assertThat(files()).isEmpty();
    }

    @Test
    void failedOrReadOnlyRunsOnANewFileLeaveNoEmptyDatabase() throws Exception {
        Files.writeString(dir.resolve("bad.sql"), "CREATE TABLE t (id int");
        Files.writeString(dir.resolve("good.sql"), "CREATE TABLE t (id int);\n");
        Result apply = cli("new.db", "apply", "--auto", "--schema", "bad.sql");
        assertThat(apply.code()).as(apply.err()).isEqualTo(1);
        Result generate = cli("new2.db", "migrate", "generate", "-m", "first", "--schema", "good.sql");
        assertThat(generate.code()).as(generate.err()).isZero();
        assertThat(files()).isEqualTo(".syncdb,bad.sql,good.sql,migrations"); // .syncdb: the desired schema's cache

        Result created = cli("new.db", "apply", "--auto", "--schema", "good.sql");
        assertThat(created.code()).as(created.err()).isZero();
        assertThat(files()).as(created.out() + created.err()).contains("new.db");
    }
}
