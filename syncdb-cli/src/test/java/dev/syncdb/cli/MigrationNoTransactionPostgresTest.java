package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration files that must run outside a transaction ({@code -- syncdb:no-transaction}), such as
 * {@code CREATE INDEX CONCURRENTLY}, on the embedded PostgreSQL.
 */
class MigrationNoTransactionPostgresTest {
    @TempDir
    Path dir;
    Path migrations;
    PgServer pg;
    String db;

    @BeforeEach
    void setUp() throws IOException {
        pg = PgServers.embedded();
        db = pg.freshDatabase();
        migrations = Files.createDirectories(dir.resolve("migrations"));
        write("V1__users.sql", "CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL);\n"
                + "INSERT INTO users VALUES (1, 'a@example.com'), (2, 'b@example.com');\n");
    }

    @AfterEach
    void dropDatabase() {
        pg.dropDatabase(db);
    }

    void write(String name, String text) throws IOException {
        Files.writeString(migrations.resolve(name), text);
    }

    Result cli(String... args) {
        return CliRunner.run(dir, Map.of("DATABASE_URL", pg.url(db)), args);
    }

    List<String> rows(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = pg.connect(db); ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void concurrentIndexNeedsTheDirectiveAndRunsWithIt() throws Exception {
        write("V2__email_index.sql", "CREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n");
        Result refused = cli("upgrade");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("V2__email_index.sql").contains("rolled back")
                .contains("cannot run inside a transaction block");
        assertThat(rows("SELECT indexname FROM pg_indexes WHERE tablename = 'users'")).containsExactly("users_pkey");
        assertThat(rows("SELECT version FROM syncdb_history WHERE success ORDER BY installed_rank")).containsExactly("1");

        write("V2__email_index.sql", "-- syncdb:no-transaction\n"
                + "CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON users (email);\n");
        Result ok = cli("upgrade");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(rows("SELECT indexname FROM pg_indexes WHERE tablename = 'users' ORDER BY 1"))
                .containsExactly("users_email_idx", "users_pkey");
        assertThat(rows("SELECT version FROM syncdb_history WHERE success ORDER BY installed_rank")).containsExactly("1", "2");
    }

    @Test
    void aFailureOutsideATransactionSaysWhatStaysAppliedAndTheRerunResumes() throws Exception {
        write("V2__indexes.sql", "-- syncdb:no-transaction\n"
                + "CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON users (email);\n"
                + "CREATE INDEX CONCURRENTLY IF NOT EXISTS users_name_idx ON users (name);\n");
        Result failed = cli("upgrade");
        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.err()).contains("failed at statement 2 of 2", "statement 1 was applied and stays",
                "it resumes at statement 2");
        assertThat(rows("SELECT count(*) FROM syncdb_history WHERE NOT success")).containsExactly("1");
        assertThat(rows("SELECT version FROM syncdb_history WHERE success ORDER BY installed_rank")).containsExactly("1");

        try (Connection c = pg.connect(db)) {
            c.createStatement().execute("ALTER TABLE users ADD COLUMN name text");
        }
        Result resumed = cli("upgrade");
        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(resumed.err()).contains("statement 1 of 2 was applied and stays; resuming at statement 2");
        assertThat(rows("SELECT version || ':' || success || ':' || statements_run FROM syncdb_history ORDER BY installed_rank"))
                .containsExactly("1:true:2", "2:true:2");
        assertThat(rows("SELECT indexname FROM pg_indexes WHERE tablename = 'users' ORDER BY 1"))
                .containsExactly("users_email_idx", "users_name_idx", "users_pkey");
        assertThat(rows("SELECT count(*) FROM users")).containsExactly("2");
    }
}
