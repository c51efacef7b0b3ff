package dev.syncdb.mysql;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.MigrationLock;
import dev.syncdb.testkit.MysqlServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;

/** The GET_LOCK migration lock: one holder per database, named holder, freed when its session ends. */
@dev.syncdb.testkit.NeedsMysql
class MysqlMigrationLockTest {
    private final MysqlServer server = MysqlServer.local();
    private String db;

    @BeforeEach
    void createDatabase() {
        db = server.freshDatabase();
    }

    @AfterEach
    void dropDatabase() {
        server.dropDatabase(db);
    }

    private MigrationLock lock(Connection c) {
        return new MysqlDialect().migrationLock(DatabaseUrl.parse(server.url(db)), c);
    }

    @Test
    void secondSessionWaitsUntilTheFirstOneIsGone() throws Exception {
        try (Connection a = server.connect(db); Connection b = server.connect(db)) {
            MigrationLock first = lock(a);
            MigrationLock second = lock(b);
            assertThat(first.tryAcquire()).isTrue();
            assertThat(second.tryAcquire()).isFalse();
            assertThat(second.holder()).contains("connection ", "user root", "pid " + ProcessHandle.current().pid(), "host ");
            a.close();
            boolean got = false;
            for (int i = 0; i < 40 && !got; i++) {
                got = second.tryAcquire();
                if (!got) {
                    Thread.sleep(50);
                }
            }
            assertThat(got).as("released by the server when the holder's session ended").isTrue();
            second.close();
            try (Connection c = server.connect(db)) {
                MigrationLock third = lock(c);
                assertThat(third.tryAcquire()).as("released by close()").isTrue();
                third.close();
            }
        }
    }

    @Test
    void locksOfDifferentDatabasesDoNotMeet() throws Exception {
        String other = server.freshDatabase();
        try (Connection a = server.connect(db); Connection b = server.connect(other)) {
            assertThat(lock(a).tryAcquire()).isTrue();
            MigrationLock elsewhere = new MysqlDialect().migrationLock(DatabaseUrl.parse(server.url(other)), b);
            assertThat(elsewhere.tryAcquire()).isTrue();
        } finally {
            server.dropDatabase(other);
        }
    }
}
