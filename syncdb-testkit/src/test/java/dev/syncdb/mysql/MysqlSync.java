package dev.syncdb.mysql;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.engine.session.Session;
import dev.syncdb.engine.desired.SqlFilesSource;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.model.Schema;
import dev.syncdb.testkit.MysqlServer;

import java.nio.file.Path;
import java.util.List;

/** Small engine-level helpers the MySQL suites share: requests and inspection of a database on the local server. */
final class MysqlSync {
    static final MysqlServer SERVER = MysqlServer.local();

    private MysqlSync() {
    }

    /** A request to bring database {@code db} to the schema in {@code schemaFile}. */
    static SyncRequest request(String db, Path schemaFile) {
        return new SyncRequest(DatabaseUrl.parse(SERVER.url(db)), null, new SqlFilesSource(List.of(schemaFile), null), null);
    }

    /** Inspects database {@code db} with syncdb's inspector. */
    static Schema inspect(String db) {
        try (Session s = Session.open(DatabaseUrl.parse(SERVER.url(db)), null, false)) {
            return s.inspect();
        }
    }
}
