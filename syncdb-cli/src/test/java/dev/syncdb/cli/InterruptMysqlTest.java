package dev.syncdb.cli;

import dev.syncdb.testkit.MysqlServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ctrl-C during an apply on MariaDB, which cannot roll back schema changes: the one line says which
 * steps were applied and remain, and they do.
 */
@dev.syncdb.testkit.NeedsMysql
class InterruptMysqlTest {
    @TempDir
    Path dir;

    @Test
    void mysqlSaysWhichStepsStay() throws Exception {
        MysqlServer my = MysqlServer.local();
        String db = my.freshDatabase();
        try (Connection blocker = my.connect(db)) {
            my.run(db, InterruptTest.CURRENT + " INSERT INTO items VALUES (1, 1), (2, 2);");
            Files.writeString(dir.resolve("schema.sql"), InterruptTest.DESIRED);
            blocker.setAutoCommit(false);
            blocker.createStatement().executeQuery("SELECT * FROM items FOR UPDATE").close();
            Process child = InterruptTest.start(dir, my.url(db));
            InterruptTest.waitFor(dir, () -> InterruptTest.waiting(() -> my.connect(db), "SELECT count(*) FROM information_schema.PROCESSLIST WHERE STATE LIKE"
                    + " '%metadata lock%' AND INFO LIKE 'ALTER TABLE%items%'"), child);
            String log = InterruptTest.interrupt(dir, child);
            blocker.rollback();
            assertThat(child.exitValue()).as(log).isEqualTo(130);
            assertThat(log).contains("interrupted: this database cannot roll back schema changes: 1 of 2 steps were"
                    + " applied and remain (last: 'create table audit'); step 2").doesNotContain("error:", "Exception");
            assertThat(InterruptTest.scalar(blocker, "SELECT count(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                    + " AND TABLE_NAME = 'audit'")).isEqualTo("1");
            assertThat(InterruptTest.scalar(blocker, "SELECT count(*) FROM items")).isEqualTo("2");
        } finally {
            my.dropDatabase(db);
        }
    }
}
