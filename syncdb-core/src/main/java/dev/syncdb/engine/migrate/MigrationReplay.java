package dev.syncdb.engine.migrate;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.Dialect;
import dev.syncdb.dialect.Scratch;
import dev.syncdb.dialect.ScratchOptions;
import dev.syncdb.engine.desired.ScriptRunner;
import dev.syncdb.engine.session.Session;
import dev.syncdb.migrate.Migration;
import dev.syncdb.model.Schema;
import dev.syncdb.sql.SqlScript;

import java.sql.SQLException;
import java.util.List;

/**
 * The schema a list of migrations produces: their up files run in order in a scratch place of the
 * target's dialect (as the desired schema is), then read back with the same inspector.
 */
final class MigrationReplay {
    private final Session target;
    private final DatabaseUrl devUrl;

    MigrationReplay(Session target, DatabaseUrl devUrl) {
        this.target = target;
        this.devUrl = devUrl;
    }

    Schema replay(List<Migration> migrations) {
        Dialect d = target.dialect();
        List<SqlScript> scripts = migrations.stream()
                .map(m -> new SqlScript(m.up().path().toString(), m.up().text())).toList();
        try (Scratch scratch = d.openScratch(target.url(), new ScratchOptions(devUrl, target.schemaName()))) {
            ScriptRunner.forScratch(d, scratch.connection()).run(scratch.connection(), scripts);
            return Session.withoutHistories(d.inspector().inspect(scratch.connection(), scratch.schemaName()));
        } catch (SQLException e) {
            throw SyncdbException.error("cannot replay the migrations: " + Session.oneLine(e.getMessage()));
        }
    }
}
