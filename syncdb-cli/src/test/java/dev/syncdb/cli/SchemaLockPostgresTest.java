package dev.syncdb.cli;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.Dialect;
import dev.syncdb.dialect.Dialects;
import dev.syncdb.dialect.MigrationLock;
import dev.syncdb.dialect.Namespaces;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PostgreSQL migration lock is per schema: runs on different schemas of one database (tenants)
 * hold it at once, two runs on one schema exclude each other, and the lock of the whole database
 * (what earlier syncdb versions take) excludes every schema's lock and is excluded by any of them.
 */
class SchemaLockPostgresTest {
    private PgServer pg;
    private String db;
    private DatabaseUrl url;
    private Dialect dialect;
    private final List<AutoCloseable> open = new ArrayList<>();

    @BeforeEach
    void database() {
        pg = PgServers.embedded();
        db = pg.freshDatabase();
        url = DatabaseUrl.parse(pg.url(db));
        dialect = Dialects.forUrl(url);
    }

    @AfterEach
    void drop() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
        pg.dropDatabase(db);
    }

    /** A lock on {@code schemas} (null = the whole database) on a connection of its own. */
    private MigrationLock lock(String schemas) throws Exception {
        Connection c = dialect.connect(url);
        open.add(c);
        MigrationLock lock = schemas == null ? dialect.migrationLock(url, c) : dialect.migrationLock(url, schemas, c);
        open.add(lock);
        return lock;
    }

    @Test
    void tenantsOfOneDatabaseLockSideBySideButOneSchemaOnce() throws Exception {
        assertThat(dialect.locksPerNamespace()).isTrue();
        MigrationLock a = lock("tenant_a");
        MigrationLock b = lock("tenant_b");
        assertThat(a.tryAcquire()).isTrue();
        assertThat(b.tryAcquire()).isTrue();

        MigrationLock again = lock("tenant_a");
        assertThat(again.tryAcquire()).isFalse();
        assertThat(again.holder()).contains("server pid");
        // several schemas at once: refused while one of them is held, and then holds none of them
        MigrationLock both = lock(Namespaces.join(List.of("tenant_c", "tenant_b")));
        assertThat(both.tryAcquire()).isFalse();
        MigrationLock c = lock("tenant_c");
        assertThat(c.tryAcquire()).isTrue();
        c.close();

        a.close();
        assertThat(again.tryAcquire()).isTrue();
    }

    @Test
    void theWholeDatabaseLockExcludesEverySchemaLock() throws Exception {
        MigrationLock tenant = lock("tenant_a");
        MigrationLock whole = lock(null);
        assertThat(tenant.tryAcquire()).isTrue();
        assertThat(whole.tryAcquire()).isFalse();
        assertThat(whole.holder()).contains("server pid");

        tenant.close();
        assertThat(whole.tryAcquire()).isTrue();
        MigrationLock other = lock("tenant_b");
        assertThat(other.tryAcquire()).isFalse();
        assertThat(other.holder()).contains("server pid");
        whole.close();
        assertThat(other.tryAcquire()).isTrue();
    }
}
