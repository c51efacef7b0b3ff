package dev.syncdb.sqlite;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.BackupResult;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.engine.backup.Backup;
import dev.syncdb.engine.backup.BackupUseCase;
import dev.syncdb.engine.backup.RestoreUseCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SQLite backups: VACUUM INTO, then restore into an emptied file gives the same rows and counters. */
class SqliteBackupTest {
    @TempDir
    Path dir;

    @Test
    void backupDeleteRestoreGivesIdenticalRows() throws Exception {
        Path file = dir.resolve("app.db");
        sql(file, """
                CREATE TABLE people (id INTEGER PRIMARY KEY AUTOINCREMENT, boss_id INTEGER REFERENCES people (id),
                  name TEXT NOT NULL, note TEXT, photo BLOB, amount NUMERIC, meta TEXT);
                CREATE TABLE orders (id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES people (id), total REAL);
                INSERT INTO people (boss_id, name, note, photo, amount, meta)
                  VALUES (NULL, 'Ann', 'two' || char(10) || 'lines' || char(9) || 'tab \\ backslash', x'00ff10', 12.5, '{"a":1}');
                INSERT INTO people (boss_id, name) VALUES (1, 'Bob'), (NULL, 'gone');
                DELETE FROM people WHERE name = 'gone';
                INSERT INTO orders (person_id, total) VALUES (1, 9.99), (2, NULL);
                """);
        List<String> before = rows(file);
        DatabaseUrl url = DatabaseUrl.parse("sqlite:" + file);
        BackupResult b = new BackupUseCase().run(url, null, Backup.into(dir.resolve("backups"), null));
        assertThat(b.file().getFileName().toString()).matches("app-\\d{8}T\\d{6}Z\\.db");
        assertThat(b.rows()).isEqualTo(4);

        Files.delete(file);
        new RestoreUseCase().run(url, null, b.file(), s -> false);
        assertThat(rows(file)).isEqualTo(before);
        sql(file, "INSERT INTO people (name) VALUES ('next')");
        assertThat(rows(file)).contains("people|4|null|next|null|null|null|null");
    }

    @Test
    void restoreIntoNonEmptyDatabaseIsRefusedUnlessConfirmed() throws Exception {
        Path file = dir.resolve("app.db");
        sql(file, "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT); INSERT INTO t VALUES (1, 'a');");
        DatabaseUrl url = DatabaseUrl.parse("sqlite:" + file);
        BackupResult b = new BackupUseCase().run(url, null, Backup.into(dir, null));
        sql(file, "INSERT INTO t VALUES (2, 'b')");
        assertThatThrownBy(() -> new RestoreUseCase().run(url, null, b.file(), s -> false))
                .isInstanceOf(SyncdbException.class).hasMessageContaining("not empty");
        assertThat(rows(file)).hasSize(2);
        new RestoreUseCase().run(url, null, b.file(), s -> true);
        assertThat(rows(file)).containsExactly("t|1|a");
    }

    private static void sql(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    private static List<String> rows(Path file) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM " + t + " ORDER BY 1")) {
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(t);
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            Object v = rs.getObject(i);
                            row.append('|').append(v instanceof byte[] bytes ? java.util.HexFormat.of().formatHex(bytes) : v);
                        }
                        out.add(row.toString());
                    }
                }
            }
        }
        return out;
    }
}
