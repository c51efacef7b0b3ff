package dev.syncdb.cli;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.Dialects;
import dev.syncdb.testkit.MysqlServer;
import dev.syncdb.testkit.PgServers;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One throwaway database of the chaos suite: its syncdb URL, a way to drop it, and whether the
 * dialect runs a plan in one transaction (PostgreSQL, SQLite) or commits every DDL statement (MySQL).
 */
record ChaosDb(String kind, String url, boolean transactional, Runnable drop) {
    private static final AtomicInteger FILES = new AtomicInteger();

    /** A fresh empty database of {@code kind} ("postgresql", "sqlite", "mysql"); SQLite files go in {@code dir}. */
    static ChaosDb fresh(String kind, Path dir) {
        switch (kind) {
            case "postgresql" -> {
                var pg = PgServers.embedded();
                String db = pg.freshDatabase();
                return new ChaosDb(kind, pg.url(db), true, () -> pg.dropDatabase(db));
            }
            case "mysql" -> {
                MysqlServer my = MysqlServer.local();
                String db = my.freshDatabase();
                return new ChaosDb(kind, my.url(db), false, () -> my.dropDatabase(db));
            }
            case "sqlite" -> {
                Path file = dir.resolve("chaos" + FILES.incrementAndGet() + ".db");
                return new ChaosDb(kind, "sqlite:" + file, true, () -> file.toFile().delete());
            }
            default -> throw new IllegalArgumentException(kind);
        }
    }

    DatabaseUrl parsed() {
        return DatabaseUrl.parse(url);
    }

    Connection connect() throws SQLException {
        return Dialects.forUrl(parsed()).connect(parsed());
    }

    /** Runs the statements one by one (autocommit). */
    void run(List<String> statements) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }
}
