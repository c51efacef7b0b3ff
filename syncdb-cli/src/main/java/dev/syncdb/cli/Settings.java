package dev.syncdb.cli;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.engine.DatabaseSource;
import dev.syncdb.engine.DesiredSource;
import dev.syncdb.engine.SqlFilesSource;
import dev.syncdb.engine.SyncRequest;

import java.nio.file.Path;
import java.util.List;

/**
 * The resolved settings of one run: the target database and where its URL came from, the desired
 * schema paths, the managed schema name (null = the dialect's default), the optional dev URL, and
 * the optional live database the desired schema is read from instead of the paths.
 */
public record Settings(DatabaseUrl url, String urlSource, List<Path> schema, String schemaName, DatabaseUrl devUrl,
                       DatabaseUrl desiredUrl) {

    public Settings {
        schema = List.copyOf(schema);
    }

    /** The engine request these settings describe: the target and its desired schema. */
    public SyncRequest request() {
        return new SyncRequest(url, schemaName, desired(), null);
    }

    /** Where the desired schema comes from: another database when given, else the SQL files. */
    public DesiredSource desired() {
        return desiredUrl != null ? new DatabaseSource(desiredUrl, null) : new SqlFilesSource(schema, devUrl);
    }

    /** The desired schema for output: the one path, or the paths joined by ", ". */
    public String describeSchema() {
        if (desiredUrl != null) {
            return desiredUrl.masked();
        }
        return String.join(", ", schema.stream().map(Path::toString).toList());
    }
}
