package dev.syncdb.engine;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.Scratch;
import dev.syncdb.dialect.ScratchOptions;
import dev.syncdb.model.Schema;
import dev.syncdb.sql.RenameDirective;
import dev.syncdb.sql.SqlScript;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * The desired schema from declarative SQL files: they are run in a scratch place of the target's
 * dialect and read back with the same inspector, so the database normalizes both sides. The
 * scratch place is removed afterwards, also on error.
 */
public final class SqlFilesSource implements DesiredSource {
    private final List<Path> paths;
    private final DatabaseUrl devUrl;

    public SqlFilesSource(List<Path> paths, DatabaseUrl devUrl) {
        this.paths = List.copyOf(paths);
        this.devUrl = devUrl;
    }

    @Override
    public Schema load(Session target) {
        List<SqlScript> scripts = SqlScript.read(paths);
        var dialect = target.dialect();
        try (Scratch scratch = dialect.openScratch(target.url(), new ScratchOptions(devUrl, target.schemaName()))) {
            new ScriptRunner(dialect.splitOptions(), dialect.scratchBatchSize(), dialect::refusedInTransaction).run(scratch.connection(), scripts);
            return dialect.inspector().inspect(scratch.connection(), scratch.schemaName());
        } catch (SQLException e) {
            throw SyncdbException.error("cannot materialize the desired schema: " + Session.oneLine(e.getMessage()));
        }
    }

    @Override
    public List<RenameDirective> declaredRenames() {
        return RenameDirective.read(SqlScript.read(paths));
    }

    @Override
    public String describe() {
        return paths.size() == 1 ? paths.get(0).toString() : paths.size() + " schema paths";
    }
}
