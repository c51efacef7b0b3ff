package dev.syncdb.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syncdb.cli.CliRunner.Result;
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
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every migration command through the command line on a SQLite file database: generate (files,
 * header, destructive refusal), the {@code --sql} dry runs changing nothing, current and history
 * with {@code --json}, show, stamp adopting an existing database, and check's migration part.
 */
class MigrationCommandsTest {
    @TempDir
    Path dir;

    Path db() {
        return dir.resolve("app.db").toAbsolutePath();
    }

    Result cli(String... args) {
        return CliRunner.run(dir, Map.of("DATABASE_URL", "sqlite://" + db()), args);
    }

    void schema(String sql) throws IOException {
        Files.writeString(dir.resolve("schema.sql"), sql);
    }

    List<String> tables() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); ResultSet rs = c.createStatement()
                .executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    List<Path> files() throws IOException {
        if (!Files.exists(dir.resolve("migrations"))) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir.resolve("migrations"))) {
            return s.sorted().toList();
        }
    }

    @Test
    void theMigrationVerbsAlsoRunUnderMigrate() throws Exception {
        schema("CREATE TABLE users (id integer PRIMARY KEY);\n");
        assertThat(cli("migrate", "generate", "-m", "users", "--schema", "schema.sql").code()).isZero();
        Result up = cli("migrate", "upgrade");
        assertThat(up.code()).as(up.err()).isZero();
        assertThat(tables()).contains("users", "syncdb_history");
        Result current = cli("migrate", "current");
        assertThat(current.code()).as(current.err()).isZero();
        assertThat(current.out()).isEqualTo(cli("current").out());
        assertThat(cli("migrate", "history").out()).contains("up");
        Result down = cli("migrate", "downgrade", "base");
        assertThat(down.code()).as(down.err()).isZero();
        assertThat(tables()).doesNotContain("users");
        Result bare = cli("migrate");
        assertThat(bare.code()).isEqualTo(1);
        assertThat(bare.errLines().get(0)).contains("migrate generate", "upgrade");
    }

    @Test
    void generateWritesReviewableUpAndDownFilesAndUpgradeSqlChangesNothing() throws Exception {
        schema("CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL);\n");
        Result g = cli("migrate", "generate", "-m", "Create users!", "--schema", "schema.sql");
        assertThat(g.code()).as(g.err()).isZero();
        List<Path> files = files();
        assertThat(files).hasSize(2);
        String up = Files.readString(files.get(1));
        String down = Files.readString(files.get(0));
        assertThat(files.get(1).getFileName().toString()).matches("V\\d{14}__create_users\\.sql");
        assertThat(up).startsWith("-- syncdb migration ").contains("-- changes (1 step, 0 destructive):",
                "--   create table users", "CREATE TABLE");
        assertThat(down).contains("-- undo: create table users", "DROP TABLE");

        Result dry = cli("upgrade", "--sql");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("nothing was run", "CREATE TABLE \"main\".\"syncdb_history\"", "CREATE TABLE",
                "INSERT INTO \"main\".\"syncdb_history\"");
        assertThat(tables()).isEmpty();

        assertThat(cli("upgrade").code()).isZero();
        assertThat(tables()).containsExactly("syncdb_history", "users");
        Result downDry = cli("downgrade", "-1", "--sql");
        assertThat(downDry.code()).as(downDry.err()).isZero();
        assertThat(downDry.out()).contains("DROP TABLE", "'down'");
        assertThat(tables()).containsExactly("syncdb_history", "users");
        Result show = cli("show", "head");
        assertThat(show.code()).isZero();
        assertThat(show.out()).contains("Description: create users", "checksum ", "CREATE TABLE", "DROP TABLE");
    }

    @Test
    void destructiveGenerationIsRefusedWithoutPermissionAndNothingChangedWritesNothing() throws Exception {
        schema("CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL);\n");
        assertThat(cli("migrate", "generate", "-m", "one", "--schema", "schema.sql").code()).isZero();
        assertThat(cli("upgrade").code()).isZero();
        Result same = cli("migrate", "generate", "-m", "two", "--schema", "schema.sql");
        assertThat(same.code()).isZero();
        assertThat(same.out()).contains("No changes", "no migration written");
        assertThat(files()).hasSize(2);

        schema("CREATE TABLE users (id integer PRIMARY KEY);\n");
        Result refused = cli("migrate", "generate", "-m", "drop email", "--schema", "schema.sql");
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err()).contains("lose data", "--allow-destructive", "nothing was written");
        assertThat(files()).hasSize(2);
        Result allowed = cli("migrate", "generate", "-m", "drop email", "--schema", "schema.sql", "--allow-destructive");
        assertThat(allowed.code()).as(allowed.err()).isZero();
        assertThat(allowed.out()).contains("[DESTRUCTIVE]");
        String up = Files.readString(files().stream().filter(p -> p.getFileName().toString().startsWith("V")
                && p.toString().contains("drop_email")).findFirst().orElseThrow());
        assertThat(up).contains("-- DESTRUCTIVE: this migration loses data", "-- hazard DL");
    }

    @Test
    void stampAdoptsAnExistingDatabaseAndCurrentAndHistoryReportIt() throws Exception {
        schema("CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL);\n");
        assertThat(cli("apply", "--auto", "--schema", "schema.sql").code()).isZero();
        Files.writeString(dir.resolve("empty.db"), "");
        Result g = CliRunner.run(dir, Map.of("DATABASE_URL", "sqlite::memory:"),
                "migrate", "generate", "-m", "baseline", "--schema", "schema.sql", "--replay");
        assertThat(g.code()).as(g.err()).isZero();
        assertThat(cli("upgrade").code()).as("the tables exist already").isEqualTo(1);

        Result dry = cli("stamp", "head", "--sql");
        assertThat(dry.code()).isZero();
        assertThat(dry.out()).contains("'stamp'");
        assertThat(cli("current").out()).contains("Current: base");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db())) {
            c.createStatement().execute("ALTER TABLE users ADD COLUMN by_hand text");
        }
        Result differs = cli("stamp", "head");
        assertThat(differs.code()).isEqualTo(3);
        assertThat(differs.err()).contains("is not at", "drop column users.by_hand", "nothing was recorded");
        assertThat(cli("current").out()).contains("Current: base");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db())) {
            c.createStatement().execute("ALTER TABLE users DROP COLUMN by_hand");
        }
        Result stamp = cli("stamp", "head");
        assertThat(stamp.code()).as(stamp.err()).isZero();
        assertThat(stamp.out()).contains("stamp V", "__baseline.sql");
        assertThat(cli("upgrade").out()).contains("Nothing to do");

        JsonNode cur = new ObjectMapper().readTree(cli("current", "--json").out());
        assertThat(cur.get("current").asText()).matches("\\d{14}");
        assertThat(cur.get("pending")).isEmpty();
        assertThat(cur.get("problem").isNull()).isTrue();
        JsonNode hist = new ObjectMapper().readTree(cli("history", "--json").out());
        List<String> types = new ArrayList<>();
        hist.get("history").forEach(r -> types.add(r.get("type").asText() + ":" + r.get("success").asBoolean()));
        assertThat(types).containsExactly("up:false", "stamp:true");
        assertThat(hist.get("history").get(1).get("checksum").asText()).hasSize(64);
    }

    @Test
    void checkReportsChangesNoMigrationCapturesAndDrift() throws Exception {
        schema("CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL);\n");
        assertThat(cli("migrate", "generate", "-m", "users", "--schema", "schema.sql").code()).isZero();
        assertThat(cli("upgrade").code()).isZero();
        Result ok = cli("check", "--schema", "schema.sql");
        assertThat(ok.code()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).contains("every change of the desired schema is captured", "matches what its applied migrations say");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db())) {
            c.createStatement().execute("CREATE TABLE by_hand (id integer)");
        }
        schema("CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL, name text);\n");
        Result bad = cli("check", "--schema", "schema.sql");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.out()).contains("1 change(s) no migration captures yet", "add column users.name",
                "differs in 1 way(s) from what its applied migrations say", "by_hand");

        Result json = cli("check", "--schema", "schema.sql", "--json");
        assertThat(json.code()).isEqualTo(2);
        JsonNode m = new ObjectMapper().readTree(json.out()).get("migrations");
        assertThat(m.get("directory").asText()).isEqualTo("migrations");
        assertThat(m.get("pending").asInt()).isZero();
        assertThat(m.get("clean").asBoolean()).isFalse();
        assertThat(m.get("uncaptured").toString()).contains("add column users.name");
        assertThat(m.get("drift").toString()).contains("by_hand");
    }
}
