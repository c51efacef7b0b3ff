package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import liquibase.Contexts;
import org.flywaydb.core.Flyway;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code stamp --from} on the embedded PostgreSQL: Liquibase itself applies a small changelog,
 * syncdb takes the database over (baseline replayed in a scratch database), then generates and runs
 * its own migration, Liquibase's tables untouched; Flyway itself migrates another, and syncdb stamps
 * Flyway's own files at Flyway's version after replaying them.
 */
class AdoptPostgresTest {
    static final String USERS = "CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL);\n";
    static final String ORDERS = "CREATE TABLE orders (id integer PRIMARY KEY, user_id integer REFERENCES users (id));\n";

    @TempDir
    Path dir;
    PgServer pg;
    String db;
    Map<String, String> env;

    @BeforeEach
    void freshDatabase() {
        pg = PgServers.embedded();
        db = pg.freshDatabase();
        env = Map.of("DATABASE_URL", pg.url(db));
    }

    @AfterEach
    void dropDatabase() {
        pg.dropDatabase(db);
    }

    private Result cli(String... args) {
        Result r = CliRunner.run(dir, env, args);
        System.out.println("$ syncdb " + String.join(" ", args) + "\n" + r.out() + r.err() + "(exit " + r.code() + ")");
        return r;
    }

    @Test
    void aLiquibaseDatabaseIsAdoptedAtItsLastChangeset() throws Exception {
        Path changelogs = Files.createDirectories(dir.resolve("changelog"));
        Files.writeString(changelogs.resolve("changelog.sql"), "--liquibase formatted sql\n\n--changeset alice:1\n" + USERS
                + "\n--changeset alice:2\n" + ORDERS);
        try (Connection c = pg.connect(db)) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            new Liquibase("changelog.sql", new DirectoryResourceAccessor(changelogs), database)
                    .update(new Contexts(), new LabelExpression());
        }
        assertThat(count("SELECT count(*) FROM databasechangelog")).isEqualTo(2);

        Result adopt = cli("stamp", "--from", "liquibase");
        assertThat(adopt.code()).as(adopt.err()).isZero();
        assertThat(adopt.out()).contains("Found Liquibase changeset 2 by alice (changelog.sql), 2 changeset(s) run in databasechangelog",
                "__baseline_from_liquibase.sql (", "  adopt Liquibase changeset 2 by alice");
        assertThat(cli("status", "--no-color").out()).contains("Adopted from Liquibase changeset 2 by alice",
                "Other tools' history: Liquibase (databasechangelog, databasechangeloglock)");

        Files.writeString(dir.resolve("schema.sql"), USERS + ORDERS);
        Result check = cli("check", "--schema", "schema.sql");
        assertThat(check.code()).as(check.out()).isZero();
        Files.writeString(dir.resolve("schema.sql"), USERS + ORDERS + "CREATE INDEX orders_user ON orders (user_id);\n");
        assertThat(cli("migrate", "generate", "-m", "index orders", "--schema", "schema.sql").code()).isZero();
        Result upgrade = cli("upgrade");
        assertThat(upgrade.code()).as(upgrade.err()).isZero();
        assertThat(cli("check", "--schema", "schema.sql").code()).isZero();
        assertThat(count("SELECT count(*) FROM databasechangelog")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM databasechangeloglock")).isEqualTo(1);
    }

    @Test
    void aFlywayDatabaseIsAdoptedWithFlywaysOwnFiles() throws Exception {
        Path flyway = Files.createDirectories(dir.resolve("db/migration"));
        Files.writeString(flyway.resolve("V1__users.sql"), USERS);
        Files.writeString(flyway.resolve("V1_1__orders.sql"), ORDERS);
        Flyway.configure().dataSource(pg.jdbcUrl(db), "postgres", null).locations("filesystem:" + flyway).load().migrate();

        Result adopt = cli("stamp", "--from", "flyway", "--migrations", "db/migration");
        assertThat(adopt.code()).as(adopt.err()).isZero();
        assertThat(adopt.out()).contains("Found Flyway version 1.1 (orders)", "  stamp V1__users.sql", "  stamp V1_1__orders.sql",
                "  adopt Flyway version 1.1 (orders)", "syncdb's history is at 1_1");
        Files.writeString(dir.resolve("schema.sql"), USERS + ORDERS);
        Result check = cli("check", "--schema", "schema.sql", "--migrations", "db/migration");
        assertThat(check.code()).as(check.out()).isZero();
        assertThat(count("SELECT count(*) FROM flyway_schema_history WHERE success")).isEqualTo(2);
    }

    private long count(String sql) throws Exception {
        try (Connection c = pg.connect(db); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
