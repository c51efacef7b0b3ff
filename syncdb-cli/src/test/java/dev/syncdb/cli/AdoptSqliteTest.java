package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code stamp --from} on SQLite: a database Flyway itself migrated, and one with Alembic's table
 * (made by its shape), taken over by syncdb; then the usual generate / upgrade / check.
 */
class AdoptSqliteTest {
    static final String V1 = "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n";
    static final String V2 = "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id));\n";
    static final String TAGS = "CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);\n";

    @TempDir
    Path dir;
    SqliteDb db;
    Map<String, String> env;

    @BeforeEach
    void setUp() {
        db = new SqliteDb(dir.resolve("app.db"));
        env = Map.of("DATABASE_URL", db.url());
    }

    private Result cli(String... args) {
        Result r = CliRunner.run(dir, env, args);
        System.out.println("$ syncdb " + String.join(" ", args) + "\n" + r.out() + r.err() + "(exit " + r.code() + ")");
        return r;
    }

    private Path flywayMigrate() throws Exception {
        Path flyway = Files.createDirectories(dir.resolve("db/migration"));
        Files.writeString(flyway.resolve("V1__users.sql"), V1);
        Files.writeString(flyway.resolve("V2__orders.sql"), V2);
        Flyway.configure().dataSource("jdbc:sqlite:" + db.file(), null, null)
                .locations("filesystem:" + flyway).load().migrate();
        return flyway;
    }

    @Test
    void aFlywayDatabaseIsBaselinedThenMigratedBySyncdb() throws Exception {
        flywayMigrate();
        Files.writeString(dir.resolve("schema.sql"), V1 + V2);

        Result adopt = cli("stamp", "--from", "flyway");
        assertThat(adopt.code()).as(adopt.err()).isZero();
        assertThat(adopt.out()).contains("Found Flyway version 2 (orders), 2 successful versioned migration(s) in flyway_schema_history",
                "Wrote baseline migrations/V", "__baseline_from_flyway.sql (2 steps", "  adopt Flyway version 2 (orders)");
        try (var files = Files.list(dir.resolve("migrations"))) {
            assertThat(files.map(p -> p.getFileName().toString())).singleElement().satisfies(f -> assertThat(f)
                    .matches("V\\d{14}__baseline_from_flyway\\.sql"));
        }
        assertThat(db.count("SELECT count(*) FROM syncdb_history WHERE type = 'adopt' AND version = 'flyway:2'")).isEqualTo(1);

        Result status = cli("status", "--no-color");
        assertThat(status.out()).contains("Migrations: at 2", "1 applied, 0 pending",
                "Adopted from Flyway version 2 (orders), 2 successful versioned migration(s), adopted 20",
                "Other tools' history: Flyway (flyway_schema_history)");
        assertThat(cli("history").out()).contains("adopt   flyway:2", "adopted from Flyway version 2 (orders)");
        Result check = cli("check", "--schema", "schema.sql");
        assertThat(check.code()).as(check.out()).isZero();

        Files.writeString(dir.resolve("schema.sql"), V1 + V2 + TAGS);
        Result generate = cli("migrate", "generate", "-m", "add tags", "--schema", "schema.sql");
        assertThat(generate.code()).as(generate.err()).isZero();
        assertThat(generate.out()).contains("create table tags").doesNotContain("flyway_schema_history");
        Result upgrade = cli("upgrade");
        assertThat(upgrade.code()).as(upgrade.err()).isZero();
        assertThat(db.tables()).contains("tags", "flyway_schema_history");
        assertThat(db.count("SELECT count(*) FROM flyway_schema_history")).isEqualTo(2);
        assertThat(cli("check", "--schema", "schema.sql").code()).isZero();
        // the baseline rebuilds the schema on a fresh database too
        Result fresh = CliRunner.run(dir, Map.of("DATABASE_URL", "sqlite:" + dir.resolve("fresh.db")), "upgrade");
        assertThat(fresh.code()).as(fresh.err()).isZero();
        assertThat(new SqliteDb(dir.resolve("fresh.db")).tables()).contains("users", "orders", "tags");
    }

    @Test
    void flywaysOwnFilesAreStampedAtFlywaysVersionAfterReplayingThem() throws Exception {
        Path flyway = flywayMigrate();
        Result adopt = cli("stamp", "--from", "flyway", "--migrations", "db/migration");
        assertThat(adopt.code()).as(adopt.err()).isZero();
        assertThat(adopt.out()).contains("  stamp V1__users.sql", "  stamp V2__orders.sql", "syncdb's history is at 2")
                .doesNotContain("Wrote baseline");

        db.run("DROP TABLE orders");
        Files.writeString(flyway.resolve("V3__later.sql"), TAGS);
        Result refused = CliRunner.run(dir, env, "stamp", "--from", "flyway", "--migrations", "db/migration", "2");
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err()).contains("the database is not at 2", "nothing was recorded");
    }

    @Test
    void anAlembicDatabaseIsAdoptedAtItsRevision() throws Exception {
        db.run(V1 + "; CREATE TABLE alembic_version (version_num varchar(32) NOT NULL PRIMARY KEY);"
                + " INSERT INTO alembic_version VALUES ('ae1027a6acf')");
        Result dry = cli("stamp", "--from", "alembic", "--sql");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("-- it would first write ", "__baseline_from_alembic.sql (1 step):", "-- CREATE TABLE \"users\"",
                "'alembic:ae1027a6acf', 'Alembic revision ae1027a6acf', 'adopt'");
        assertThat(dir.resolve("migrations")).doesNotExist();
        assertThat(db.tables()).doesNotContain("syncdb_history");
        Result adopt = cli("stamp", "--from", "alembic");
        assertThat(adopt.code()).as(adopt.err()).isZero();
        assertThat(adopt.out()).contains("Found Alembic revision ae1027a6acf in alembic_version (kept as it is)",
                "  adopt Alembic revision ae1027a6acf");
        Files.writeString(dir.resolve("schema.sql"), V1);
        Result check = cli("check", "--schema", "schema.sql");
        assertThat(check.code()).as(check.out()).isZero();
        assertThat(db.count("SELECT count(*) FROM alembic_version")).isEqualTo(1);
    }

    @Test
    void aMissingHistoryTableIsOneClearError() throws Exception {
        db.run(V1);
        Result r = CliRunner.run(dir, env, "stamp", "--from", "liquibase");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).contains("no Liquibase history in sqlite:", "table databasechangelog not found");
        assertThat(db.tables()).containsExactly("users");
        Result bad = CliRunner.run(dir, env, "stamp", "--from", "rails");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("unknown migration tool 'rails'");
    }
}
