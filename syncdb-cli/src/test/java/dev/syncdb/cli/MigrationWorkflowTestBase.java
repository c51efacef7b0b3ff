package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration workflow on a real database: ten schema versions, each generated, upgraded and
 * checked; then downgrade -1, upgrade again, downgrade to base and back to head.
 */
abstract class MigrationWorkflowTestBase {
    @TempDir
    Path dir;

    /** The syncdb URL of a fresh empty database. */
    abstract String url();

    abstract Connection connect() throws SQLException;

    Result cli(String... args) {
        return CliRunner.run(dir, Map.of("DATABASE_URL", url()), args);
    }

    long historyRows(String type) throws SQLException {
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT count(*) FROM syncdb_history WHERE type = '" + type + "' AND success = " + trueLiteral())) {
            rs.next();
            return rs.getLong(1);
        }
    }

    String trueLiteral() {
        return "TRUE";
    }

    List<Path> files(String prefix) throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("migrations"))) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
    }

    void generateAndUpgrade(int n) throws IOException {
        Files.writeString(dir.resolve("schema.sql"), MigrationSchemas.version(n));
        Result g = n == MigrationSchemas.DESTRUCTIVE
                ? cli("migrate", "generate", "-m", "step " + n, "--schema", "schema.sql", "--allow-destructive")
                : cli("migrate", "generate", "-m", "step " + n, "--schema", "schema.sql");
        assertThat(g.code()).as("generate %d: %s", n, g.err()).isZero();
        assertThat(g.out()).contains("Generated migration", "__step_" + n + ".sql");
        Result u = cli("upgrade");
        assertThat(u.code()).as("upgrade %d: %s", n, u.err()).isZero();
        assertThat(u.out()).contains("up V").contains("1 migration(s)");
        Result c = cli("check", "--schema", "schema.sql");
        assertThat(c.code()).as("check %d: %s%s", n, c.out(), c.err()).isZero();
    }

    @Test
    void tenMigrationsGenerateUpgradeCheckDowngradeAndUpgradeAgain() throws Exception {
        for (int n = 1; n <= MigrationSchemas.COUNT; n++) {
            generateAndUpgrade(n);
        }
        assertThat(files("V")).hasSize(10);
        assertThat(files("U")).hasSize(10);
        assertThat(historyRows("up")).isEqualTo(10);
        Result again = cli("migrate", "generate", "-m", "nothing", "--schema", "schema.sql");
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("No changes");
        assertThat(files("V")).hasSize(10);

        Result down = cli("downgrade", "-1");
        assertThat(down.code()).as(down.err()).isZero();
        assertThat(down.out()).contains("down U").contains("__step_10.sql");
        assertThat(cli("check", "--schema", "schema.sql").code()).isEqualTo(2);
        Result cur = cli("current");
        assertThat(cur.out()).contains("pending: 1").contains("__step_10.sql");

        assertThat(cli("upgrade").code()).isZero();
        assertThat(cli("check", "--schema", "schema.sql").code()).isZero();

        Result base = cli("downgrade", "base");
        assertThat(base.code()).as(base.err()).isZero();
        assertThat(base.out()).contains("10 migration(s)");
        assertThat(userTables()).isEmpty();
        Result head = cli("upgrade", "head");
        assertThat(head.code()).as(head.err()).isZero();
        assertThat(cli("check", "--schema", "schema.sql").code()).isZero();
        assertThat(userTables()).containsExactlyInAnyOrderElementsOf(MigrationSchemas.tables(10));
        assertThat(historyRows("up")).isEqualTo(21);
        assertThat(historyRows("down")).isEqualTo(11);
    }

    /** The tables in the database other than syncdb's own. */
    abstract List<String> userTables() throws SQLException;

    /**
     * Compound bodies survive being written to a migration file and replayed statement by statement:
     * {@code schema} has triggers (and routines, events) whose bodies hold semicolons; {@code codeObjects}
     * lists their names in the database.
     */
    void codeObjectsGoThroughMigrationFilesBothWays(String schema, SqlList codeObjects) throws Exception {
        Files.writeString(dir.resolve("schema.sql"), schema);
        Result g = cli("migrate", "generate", "-m", "code", "--schema", "schema.sql");
        assertThat(g.code()).as("generate: %s", g.err()).isZero();
        Result u = cli("upgrade");
        assertThat(u.code()).as("upgrade: %s%s", u.out(), u.err()).isZero();
        assertThat(cli("check", "--schema", "schema.sql").code()).isZero();
        List<String> objects = codeObjects.get();
        assertThat(objects).isNotEmpty();
        Result down = cli("downgrade", "base");
        assertThat(down.code()).as("downgrade: %s%s", down.out(), down.err()).isZero();
        assertThat(codeObjects.get()).isEmpty();
        assertThat(cli("upgrade").code()).isZero();
        assertThat(codeObjects.get()).containsExactlyInAnyOrderElementsOf(objects);
        assertThat(cli("check", "--schema", "schema.sql").code()).isZero();
    }

    /** A list read from the database. */
    @FunctionalInterface
    interface SqlList {
        List<String> get() throws SQLException;
    }
}
