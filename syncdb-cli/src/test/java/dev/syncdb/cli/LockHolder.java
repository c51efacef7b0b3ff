package dev.syncdb.cli;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.Dialect;
import dev.syncdb.dialect.Dialects;
import dev.syncdb.dialect.MigrationLock;
import dev.syncdb.migrate.LockWaiter;

import java.sql.Connection;
import java.time.Duration;

/**
 * A child process for lock tests: takes the migration lock of the database in {@code args[0]},
 * prints "LOCKED", and holds it until it is killed.
 */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        DatabaseUrl url = DatabaseUrl.parse(args[0]);
        Dialect dialect = Dialects.forUrl(url);
        Connection c = dialect.connect(url);
        MigrationLock lock = dialect.migrationLock(url, c);
        new LockWaiter(Duration.ofSeconds(30), System.err::println).acquire(lock, url.masked());
        System.out.println("LOCKED");
        System.out.flush();
        Thread.sleep(600_000);
    }
}
