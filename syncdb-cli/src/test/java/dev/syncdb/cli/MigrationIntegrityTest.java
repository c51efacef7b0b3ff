package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checksums, missing and out-of-order files, a failing migration and its resume, on a SQLite file
 * database with hand-written migration files.
 */
class MigrationIntegrityTest {
    @TempDir
    Path dir;
    Path migrations;

    @BeforeEach
    void files() throws IOException {
        migrations = Files.createDirectories(dir.resolve("migrations"));
        write("V1__users.sql", "CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL);\n");
        write("U1__users.sql", "DROP TABLE users;\n");
        write("V2__posts.sql", "CREATE TABLE posts (id integer PRIMARY KEY, user_id integer REFERENCES users (id));\n");
        write("U2__posts.sql", "DROP TABLE posts;\n");
    }

    void write(String name, String text) throws IOException {
        Files.writeString(migrations.resolve(name), text);
    }

    Result cli(String... args) {
        return CliRunner.run(dir, Map.of("DATABASE_URL", "sqlite://" + dir.resolve("app.db").toAbsolutePath()), args);
    }

    List<String> rows(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db").toAbsolutePath());
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void editedFileIsRefusedUntilRepairedButLineEndingsDoNotCount() throws Exception {
        assertThat(cli("upgrade").code()).isZero();
        String original = Files.readString(migrations.resolve("V1__users.sql"));
        write("V1__users.sql", original.replace("\n", "\r\n"));
        Result crlf = cli("upgrade");
        assertThat(crlf.code()).as(crlf.err()).isZero();
        assertThat(crlf.out()).contains("Nothing to do");

        write("V1__users.sql", original + "-- an edit\n");
        Result edited = cli("upgrade");
        assertThat(edited.code()).isEqualTo(3);
        String before = dev.syncdb.migrate.Checksum.of(original).hex();
        String after = dev.syncdb.migrate.Checksum.of(original + "-- an edit\n").hex();
        assertThat(edited.err()).contains("V1__users.sql", before, after, "syncdb repair");

        Result repair = cli("repair");
        assertThat(repair.code()).as(repair.err()).isZero();
        assertThat(repair.out()).contains("accepted V1__users.sql", after);
        assertThat(cli("upgrade").code()).isZero();
        assertThat(rows("SELECT checksum FROM syncdb_history WHERE version = '1'")).containsExactly(after);
    }

    @Test
    void missingFileAndUnknownVersionAreRefusedAndStampFixesIt() throws Exception {
        assertThat(cli("upgrade").code()).isZero();
        Files.delete(migrations.resolve("V2__posts.sql"));
        Files.delete(migrations.resolve("U2__posts.sql"));
        Result r = cli("upgrade");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("version 2", "V2__posts.sql", "no file V2__*.sql", "syncdb stamp");
        Result differs = cli("stamp", "1");
        assertThat(differs.code()).isEqualTo(3);
        assertThat(differs.err()).contains("the database is not at 1", "drop table posts", "nothing was recorded", "--force");
        Result stamp = cli("stamp", "1", "--force");
        assertThat(stamp.code()).as(stamp.err()).isZero();
        assertThat(stamp.out()).contains("unstamp V2__posts.sql");
        Result cur = cli("current");
        assertThat(cur.out()).contains("Current: 1 ").doesNotContain("Problem");
    }

    @Test
    void olderNewFileIsRefusedUnlessOutOfOrder() throws Exception {
        assertThat(cli("upgrade").code()).isZero();
        write("V1_5__tags.sql", "CREATE TABLE tags (id integer PRIMARY KEY);\n");
        Result r = cli("upgrade");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("older than the current version 2", "V1_5__tags.sql", "--out-of-order");
        Result ok = cli("upgrade", "--out-of-order");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(rows("SELECT name FROM sqlite_master WHERE name = 'tags'")).containsExactly("tags");
    }

    @Test
    void failingMigrationRollsBackIsRecordedAndResumesAfterTheFix() throws Exception {
        write("V3__broken.sql", "CREATE TABLE a (id integer PRIMARY KEY);\nINSERT INTO nowhere VALUES (1);\n");
        write("V4__later.sql", "CREATE TABLE later (id integer PRIMARY KEY);\n");
        Result r = cli("upgrade");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("V3__broken.sql failed at statement 2 (line 2)", "no such table: nowhere", "rolled back");
        assertThat(rows("SELECT name FROM sqlite_master WHERE name IN ('a', 'later')")).isEmpty();
        assertThat(rows("SELECT version || ':' || success || ':' || statements_run || ':' || COALESCE(failed_statement, 'null') "
                + "FROM syncdb_history ORDER BY installed_rank"))
                .containsExactly("1:1:1:null", "2:1:1:null", "3:0:1:INSERT INTO nowhere VALUES (1)");
        Result cur = cli("current");
        assertThat(cur.out()).contains("Current: 2 ", "pending: 2");
        Result hist = cli("history");
        assertThat(hist.out()).contains("FAIL", "failed at statement 2: INSERT INTO nowhere VALUES (1)");

        write("V3__broken.sql", "CREATE TABLE a (id integer PRIMARY KEY);\n");
        Result fixed = cli("upgrade");
        assertThat(fixed.code()).as(fixed.err()).isZero();
        assertThat(fixed.out()).contains("from 2 to 4: 2 migration(s)");
        assertThat(rows("SELECT name FROM sqlite_master WHERE name IN ('a', 'later') ORDER BY 1")).containsExactly("a", "later");
    }

    @Test
    void downgradeThatLosesRowsWarnsWithCountsIsRefusedWithoutPermissionAndBacksUpFirst() throws Exception {
        Result up = cli("upgrade");
        assertThat(up.code()).as(up.err()).isZero();
        assertThat(up.out()).contains("Backup: backups" + java.io.File.separator);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db").toAbsolutePath())) {
            c.createStatement().execute("INSERT INTO users VALUES (1, 'a@example.com'), (2, 'b@example.com')");
            c.createStatement().execute("INSERT INTO posts VALUES (10, 1), (11, 1), (12, 2)");
        }

        Result refused = cli("downgrade", "-1");
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err()).contains("warning: the downgrade will drop table posts (drops 3 rows of posts)")
                .contains("refused: the downgrade would lose data", "--allow-destructive", "nothing was changed");
        assertThat(rows("SELECT count(*) FROM posts")).containsExactly("3");

        Result allowed = cli("downgrade", "-1", "--allow-destructive");
        assertThat(allowed.code()).as(allowed.err()).isZero();
        assertThat(allowed.out()).contains("Backup: backups", "VACUUM INTO").contains("down U2__posts.sql");
        assertThat(rows("SELECT name FROM sqlite_schema WHERE name = 'posts'")).isEmpty();
        try (var backups = Files.list(dir.resolve("backups"))) {
            assertThat(backups.filter(f -> !f.getFileName().toString().equals(".gitignore")).count()).as("one backup before the upgrade, one before the downgrade").isEqualTo(2);
        }

        Result emptyDown = cli("downgrade", "base", "--no-backup");
        assertThat(emptyDown.code()).as("users still holds rows").isEqualTo(3);
        assertThat(emptyDown.err()).contains("drop table users (drops 2 rows of users)");
    }

    @Test
    void downgradeWithoutDownFileIsRefusedAndChangesNothing() throws Exception {
        assertThat(cli("upgrade").code()).isZero();
        Files.delete(migrations.resolve("U2__posts.sql"));
        Result r = cli("downgrade", "-1");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("no down file", "V2__posts.sql");
        assertThat(rows("SELECT name FROM sqlite_master WHERE name = 'posts'")).containsExactly("posts");
    }
}
