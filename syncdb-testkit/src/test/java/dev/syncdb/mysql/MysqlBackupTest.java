package dev.syncdb.mysql;

import dev.syncdb.dialect.BackupResult;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.RestoreResult;
import dev.syncdb.diff.Differ;
import dev.syncdb.testkit.MysqlServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The built-in MySQL dump: a backup restored into an empty database gives the same schema and rows. */
@dev.syncdb.testkit.NeedsMysql
class MysqlBackupTest {
    private final MysqlServer server = MysqlServer.local();
    private String db;
    private String copy;

    @TempDir
    Path tmp;

    @BeforeEach
    void createDatabases() {
        db = server.freshDatabase();
        copy = server.freshDatabase();
        server.run(db, """
                CREATE TABLE authors (id int AUTO_INCREMENT PRIMARY KEY, name varchar(50) NOT NULL, bio text,
                  photo blob, flags bit(4), born date);
                CREATE TABLE books (id int PRIMARY KEY, author_id int, title varchar(100) COMMENT 'shown',
                  price decimal(8,2) CHECK (price >= 0), half decimal(9,2) AS (price / 2) VIRTUAL,
                  CONSTRAINT books_author FOREIGN KEY (author_id) REFERENCES authors (id));
                CREATE VIEW cheap AS SELECT id, title FROM books WHERE price < 10;
                INSERT INTO authors VALUES (1, 'O''Brien', 'back\\\\slash and "quotes"', X'00FF10', b'1010', '1999-12-31'),
                  (2, 'Ünïcode ✓', NULL, NULL, NULL, NULL);
                INSERT INTO books (id, author_id, title, price) VALUES (1, 1, 'A', 5.5), (2, 2, 'B', 20), (3, NULL, NULL, NULL);
                """);
    }

    @AfterEach
    void dropDatabases() {
        server.dropDatabase(db);
        server.dropDatabase(copy);
    }

    private List<String> rows(String database, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = server.connect(database); ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    sb.append(rs.getString(i)).append('|');
                }
                out.add(sb.toString());
            }
        }
        return out;
    }

    @Test
    void backupRestoresIntoAnEmptyDatabaseWithSameSchemaAndRows() throws Exception {
        MysqlBackup backup = new MysqlBackup();
        Path file = tmp.resolve("shop.sql");
        BackupResult written;
        try (Connection c = server.connect(db)) {
            written = backup.backup(c, DatabaseUrl.parse(server.url(db)), db, file);
        }
        assertThat(written.rowCounts()).isEqualTo(Map.of("authors", 2L, "books", 3L));
        assertThat(Files.readString(file)).startsWith("-- syncdb built-in dump");
        RestoreResult restored;
        try (Connection c = server.connect(copy)) {
            restored = backup.restore(c, DatabaseUrl.parse(server.url(copy)), copy, file, false);
        }
        assertThat(restored.rows()).isEqualTo(5);
        assertThat(new Differ(new MysqlDiffHooks()).diff(MysqlSync.inspect(copy), MysqlSync.inspect(db)))
                .isEmpty();
        String authors = "SELECT id, name, bio, HEX(photo), flags + 0, born FROM authors ORDER BY id";
        assertThat(rows(copy, authors)).isEqualTo(rows(db, authors));
        String books = "SELECT * FROM books ORDER BY id";
        assertThat(rows(copy, books)).isEqualTo(rows(db, books));
        assertThat(rows(copy, "SELECT * FROM cheap")).containsExactly("1|A|");
    }

    @Test
    void theBackupFileIsOwnerOnly() throws Exception {
        var b = new dev.syncdb.engine.backup.BackupUseCase(new dev.syncdb.dialect.DialectContext(Map.of(), "t", w -> { }))
                .run(DatabaseUrl.parse(server.url(db)), null, dev.syncdb.engine.backup.Backup.into(tmp.resolve("backups"), null));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(b.file()))).isEqualTo("rw-------");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("backups"))))
                .isEqualTo("rwx------");
        assertThat(Files.readString(b.file())).startsWith("-- syncdb built-in dump");
        try (var files = Files.list(tmp.resolve("backups"))) {
            assertThat(files.map(f -> f.getFileName().toString())).as("no temporary file left")
                    .containsExactlyInAnyOrder(".gitignore", b.file().getFileName().toString());
        }
    }

    @Test
    void restoreRefusesAFileThatIsNotABackup() throws Exception {
        Path file = Files.writeString(tmp.resolve("other.sql"), "DROP TABLE authors;");
        try (Connection c = server.connect(copy)) {
            assertThatThrownBy(() -> new MysqlBackup().restore(c, DatabaseUrl.parse(server.url(copy)), copy, file, false))
                    .hasMessageContaining("is not a syncdb MySQL backup");
        }
    }
}
