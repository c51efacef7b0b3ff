package dev.syncdb.engine.backup;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.BackupResult;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.DialectContext;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Backups are owner-only whatever kind writes them (SQLite's VACUUM INTO, the PostgreSQL built-in
 * dump; pg_dump and the MySQL dump in their own tests): file 0600, new folder 0700 with a
 * {@code .gitignore} of {@code *}; a backup inside a git work tree that git would keep is a warning;
 * a backup file others can write is not restored.
 */
class BackupPermissionsTest {
    @TempDir
    Path dir;
    final List<String> warnings = new ArrayList<>();

    private DialectContext context() {
        return new DialectContext(Map.of(), "tester", warnings::add);
    }

    static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void sqliteBackupIsOwnerOnlyInAnOwnerOnlyIgnoredFolder() throws Exception {
        Path db = dir.resolve("app.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().executeUpdate("CREATE TABLE t (id INTEGER PRIMARY KEY); INSERT INTO t VALUES (1)");
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        BackupResult b = new BackupUseCase(context()).run(DatabaseUrl.parse("sqlite:" + db), null,
                Backup.into(dir.resolve("backups"), null));
        assertThat(b.rows()).isEqualTo(1);
        assertThat(mode(b.file())).isEqualTo("rw-------");
        assertThat(mode(dir.resolve("backups"))).isEqualTo("rwx------");
        assertThat(Files.readAllLines(dir.resolve("backups/.gitignore"))).contains("*");
        assertThat(warnings).isEmpty();

        Files.setPosixFilePermissions(b.file(), PosixFilePermissions.fromString("rw-rw-r--"));
        assertThatThrownBy(() -> new RestoreUseCase(context()).run(DatabaseUrl.parse("sqlite:" + db), null, b.file(), s -> true))
                .isInstanceOf(SyncdbException.class).hasMessageStartingWith("refused: the backup file " + b.file())
                .hasMessageContaining("rw-rw-r--").hasMessageNotContaining("\n")
                .satisfies(e -> assertThat(((SyncdbException) e).exitCode()).isEqualTo(SyncdbException.REFUSED));
        Files.setPosixFilePermissions(b.file(), PosixFilePermissions.fromString("rw-r--r--"));
        new RestoreUseCase(context()).run(DatabaseUrl.parse("sqlite:" + db), null, b.file(), s -> true);
    }

    @Test
    void aBackupGitWouldKeepIsAWarningNamingTheRisk() throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Path db = dir.resolve("app.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().executeUpdate("CREATE TABLE t (id INTEGER PRIMARY KEY)");
        }
        DatabaseUrl url = DatabaseUrl.parse("sqlite:" + db);
        new BackupUseCase(context()).run(url, null, Backup.into(dir.resolve("backups"), null));
        assertThat(warnings).isEmpty();
        BackupResult out = new BackupUseCase(context()).run(url, null, new Backup(null, dir.resolve("copy.db"), null, null));
        assertThat(mode(out.file())).isEqualTo("rw-------");
        assertThat(warnings).singleElement().asString()
                .contains("copy.db", "inside the git work tree", "a commit would publish every row", ".gitignore");
    }

    @Test
    void postgresBuiltInDumpIsOwnerOnly() throws Exception {
        PgServer pg = PgServers.embedded();
        String db = pg.freshDatabase();
        try {
            pg.run(db, "CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t VALUES (1), (2);");
            DatabaseUrl url = DatabaseUrl.parse(pg.url(db));
            BackupResult b = new BackupUseCase(context()).run(url, null, Backup.into(dir.resolve("pg"), null));
            assertThat(b.method()).isEqualTo("built-in dump");
            assertThat(mode(b.file())).isEqualTo("rw-------");
            assertThat(mode(dir.resolve("pg"))).isEqualTo("rwx------");
            assertThat(Files.size(b.file())).isPositive();
            Files.setPosixFilePermissions(b.file(), PosixFilePermissions.fromString("rw----rw-"));
            assertThatThrownBy(() -> new RestoreUseCase(context()).run(url, null, b.file(), s -> true))
                    .hasMessageStartingWith("refused: the backup file");
            try (Connection c = pg.connect(db); var rs = c.createStatement().executeQuery("SELECT count(*) FROM t")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
        } finally {
            pg.dropDatabase(db);
        }
    }
}
