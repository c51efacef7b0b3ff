package dev.syncdb.postgres;

import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * Base of the PostgreSQL tests that each need an empty database of their own: a fresh database on
 * the embedded server before every test ({@link #db}), dropped after it, and a temporary folder.
 */
abstract class FreshDatabaseTest {
    protected final PgServer server = PgServers.embedded();
    protected String db;

    @TempDir
    protected Path tmp;

    @BeforeEach
    void createDatabase() {
        db = server.freshDatabase();
    }

    @AfterEach
    void dropDatabase() {
        server.dropDatabase(db);
    }
}
