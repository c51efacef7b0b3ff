package dev.syncdb.cli;

import dev.syncdb.testkit.readme.Normalize;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import static dev.syncdb.cli.ReadmeOutput.assertShows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's transcripts of taking over from Flyway ({@code stamp --from}), of Flyway running
 * syncdb's files ({@code --format flyway}, with flyway-core itself) and of privileges (PostgreSQL).
 */
class ReadmeAdoptOutputTest {
    static final String USERS = "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n";
    static final String ORDERS = "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id));\n";

    @TempDir
    Path dir;

    @Test
    void adoptFromFlyway() throws Exception {
        Path db = dir.resolve("shop.db");
        Path flyway = Files.createDirectories(dir.resolve("db/migration"));
        Files.writeString(flyway.resolve("V1__users.sql"), USERS);
        Files.writeString(flyway.resolve("V2__orders.sql"), ORDERS);
        Flyway.configure().dataSource("jdbc:sqlite:" + db, null, null).locations("filesystem:" + flyway).load().migrate();
        Files.writeString(dir.resolve("schema.sql"), USERS + ORDERS);
        String tags = "CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);";

        Transcript t = new Transcript(dir, Map.of("DATABASE_URL", "sqlite:" + db), "syncdb");
        t.run("stamp", "--from", "liquibase");
        t.run("stamp", "--from", "flyway");
        t.run("status");
        t.run("history");
        t.run("check", "--schema", "schema.sql");
        t.say("$ echo \"" + tags + "\" >> schema.sql");
        Files.writeString(dir.resolve("schema.sql"), tags + "\n", StandardOpenOption.APPEND);
        t.run("migrate", "generate", "-m", "add_tags", "--schema", "schema.sql");
        t.run("upgrade", "--no-backup");
        assertThat(t.last().code()).isZero();
        assertShows("adopt-flyway", t.lines(), ReadmeOutput.common(dir));
    }

    @Test
    void flywayRunsTheGeneratedFiles() throws Exception {
        Path db = dir.resolve("app.db");
        Transcript t = new Transcript(dir, Map.of("DATABASE_URL", "sqlite:" + db), "syncdb");
        Files.writeString(dir.resolve("schema.sql"), USERS);
        t.run("migrate", "generate", "--format", "flyway", "-m", "create users", "--schema", "schema.sql");
        flywayMigrate(t, db);
        String orders = "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users (id));";
        t.say("$ echo \"" + orders + "\" >> schema.sql");
        Files.writeString(dir.resolve("schema.sql"), orders + "\n", StandardOpenOption.APPEND);
        t.run("migrate", "generate", "--format", "flyway", "-m", "add orders", "--schema", "schema.sql");
        flywayMigrate(t, db);
        t.run("check", "--schema", "schema.sql");
        assertThat(t.last().code()).isZero();
        assertShows("flyway-format", t.lines(), ReadmeOutput.common(dir));
    }

    /** {@code $ flyway migrate}: flyway-core run on the migrations folder, as a three-line program would. */
    private void flywayMigrate(Transcript t, Path db) {
        MigrateResult r = Flyway.configure().dataSource("jdbc:sqlite:" + db, null, null)
                .locations("filesystem:" + dir.resolve("migrations")).load().migrate();
        t.say("$ flyway migrate");
        t.say("flyway migrate: " + r.migrationsExecuted + " migration(s) applied, now at version " + r.targetSchemaVersion);
    }

    @Test
    void privileges() throws Exception {
        PgServer pg = PgServers.embedded();
        String db = pg.freshDatabase();
        try {
            pg.run(db, "DO $$ BEGIN CREATE ROLE reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$");
            pg.run(db, "CREATE TABLE accounts (id integer PRIMARY KEY, owner text NOT NULL);"
                    + " GRANT SELECT, UPDATE ON accounts TO reader");
            Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE accounts (id integer PRIMARY KEY, owner text NOT NULL);\n"
                    + "GRANT SELECT ON accounts TO reader;\n");
            Transcript t = new Transcript(dir, Map.of("DATABASE_URL", pg.url(db)), "syncdb");
            t.run("check", "--schema", "schema.sql", "--privileges");
            t.run("plan", "--schema", "schema.sql", "--privileges");
            Normalize n = ReadmeOutput.common(dir).replacing(pg.url(db), "postgresql://postgres@127.0.0.1:5432/bank");
            assertShows("privileges", t.lines(), n);
        } finally {
            pg.dropDatabase(db);
        }
    }
}
