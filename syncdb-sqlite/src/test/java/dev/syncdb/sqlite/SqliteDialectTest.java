package dev.syncdb.sqlite;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.Dialects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteDialectTest {
    private final SqliteDialect dialect = new SqliteDialect();

    @TempDir
    Path tmp;

    @Test
    void urlFormsNameTheRightFile() {
        assertThat(SqliteConnector.location(DatabaseUrl.parse("sqlite:data/app.db"))).isEqualTo("data/app.db");
        assertThat(SqliteConnector.location(DatabaseUrl.parse("sqlite:///abs/path/app.db"))).isEqualTo("/abs/path/app.db");
        assertThat(SqliteConnector.location(DatabaseUrl.parse("sqlite::memory:"))).isEqualTo(":memory:");
        assertThat(SqliteConnector.location(DatabaseUrl.parse("jdbc:sqlite:app.db"))).isEqualTo("app.db");
        assertThat(SqliteConnector.location(DatabaseUrl.parse("jdbc:sqlite:/abs/app.db"))).isEqualTo("/abs/app.db");
    }

    @Test
    void isFoundByScheme() {
        assertThat(Dialects.forUrl(DatabaseUrl.parse("sqlite:x.db"))).isInstanceOf(SqliteDialect.class);
        assertThat(Dialects.forUrl(DatabaseUrl.parse("jdbc:sqlite:x.db"))).isInstanceOf(SqliteDialect.class);
    }

    @Test
    void existsOnlyWhenTheFileDoes() throws Exception {
        Path f = tmp.resolve("a.db");
        assertThat(dialect.exists(DatabaseUrl.parse("sqlite:" + f))).isFalse();
        assertThat(dialect.exists(DatabaseUrl.parse("sqlite:///" + f.toString().substring(1)))).isFalse();
        assertThat(dialect.exists(DatabaseUrl.parse("sqlite::memory:"))).isTrue();
        Files.createFile(f);
        assertThat(dialect.exists(DatabaseUrl.parse("sqlite:" + f))).isTrue();
        assertThat(dialect.exists(DatabaseUrl.parse("sqlite:///" + f.toString().substring(1)))).isTrue();
    }

    @Test
    void connectsWithForeignKeysOnAndReportsTheVersion() throws Exception {
        try (Connection c = dialect.connect(DatabaseUrl.parse("sqlite::memory:"));
             ResultSet rs = c.createStatement().executeQuery("PRAGMA foreign_keys")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(dialect.serverVersion(c)).matches("SQLite 3\\.\\d+\\.\\d+");
            assertThat(dialect.defaultSchemaName(DatabaseUrl.parse("sqlite::memory:"))).isEqualTo("main");
        }
    }

    @Test
    void scratchIsOneInMemoryDatabaseUntilClosed() throws Exception {
        try (var s = dialect.openScratch(DatabaseUrl.parse("sqlite::memory:"), null)) {
            s.connection().createStatement().execute("CREATE TABLE t (a)");
            assertThat(dialect.inspector().inspect(s.connection(), s.schemaName()).table("t")).isPresent();
        }
    }
}
