package dev.syncdb.cli.config;

import dev.syncdb.cli.CliContext;
import dev.syncdb.engine.plan.OnlineOptions;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.DialectContext;
import dev.syncdb.engine.desired.DatabaseSource;
import dev.syncdb.engine.desired.DesiredSource;
import dev.syncdb.engine.desired.DesiredSourceProvider;
import dev.syncdb.engine.desired.EntitySpec;
import dev.syncdb.engine.desired.SqlFilesSource;
import dev.syncdb.engine.plan.SyncRequest;

import java.nio.file.Path;
import java.util.List;

/**
 * The resolved settings of one run: the target database and where its URL came from, the desired
 * schema paths, the managed schema name (null = the dialect's default), the optional dev URL, the
 * optional live database the desired schema is read from instead of the paths, the optional
 * entity classes it is read from instead ({@code entities}), and whether privileges are compared
 * ({@code --privileges} or {@code privileges: true} in the config file), how live tables are changed
 * ({@code online}; null = the default), and the client option file named by {@code --defaults-file}
 * (null: none).
 */
public record Settings(DatabaseUrl url, String urlSource, List<Path> schema, String schemaName, DatabaseUrl devUrl,
                       DatabaseUrl desiredUrl, EntitySpec entities, boolean privileges, OnlineOptions online,
                       Path clientFile) {

    public Settings {
        schema = List.copyOf(schema);
        online = online == null ? OnlineOptions.DEFAULT : online;
    }

    public Settings(DatabaseUrl url, String urlSource, List<Path> schema, String schemaName, DatabaseUrl devUrl,
                    DatabaseUrl desiredUrl, EntitySpec entities, boolean privileges) {
        this(url, urlSource, schema, schemaName, devUrl, desiredUrl, entities, privileges, null, null);
    }

    /** The context the dialects work in for this run: the command line's, with the option file named by {@code --defaults-file}. */
    public DialectContext context(CliContext ctx) {
        return ctx.dialectContext().withClientFile(clientFile);
    }

    /** The same settings with this client option file. */
    public Settings withClientFile(Path file) {
        return new Settings(url, urlSource, schema, schemaName, devUrl, desiredUrl, entities, privileges, online, file);
    }

    public Settings(DatabaseUrl url, String urlSource, List<Path> schema, String schemaName, DatabaseUrl devUrl,
                    DatabaseUrl desiredUrl, EntitySpec entities) {
        this(url, urlSource, schema, schemaName, devUrl, desiredUrl, entities, false);
    }

    public Settings(DatabaseUrl url, String urlSource, List<Path> schema, String schemaName, DatabaseUrl devUrl,
                    DatabaseUrl desiredUrl) {
        this(url, urlSource, schema, schemaName, devUrl, desiredUrl, null);
    }

    /** Whether a desired schema was given: SQL files, another database, or entities. */
    public boolean hasDesired() {
        return !schema.isEmpty() || desiredUrl != null || entities != null;
    }

    /** Where the desired schema comes from: another database or entities when given, else the SQL files. */
    public DesiredSource desired() {
        if (desiredUrl != null) {
            return new DatabaseSource(desiredUrl, null);
        }
        return entities != null ? DesiredSourceProvider.forEntities(entities) : new SqlFilesSource(schema, devUrl);
    }

    /** The desired schema for output: the one path, or the paths joined by ", ". */
    public String describeSchema() {
        if (desiredUrl != null) {
            return desiredUrl.masked();
        }
        if (entities != null) {
            return entities.describe();
        }
        return String.join(", ", schema.stream().map(Path::toString).toList());
    }
}
