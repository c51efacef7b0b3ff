package dev.syncdb.postgres;

import dev.syncdb.dialect.BackupProvider;
import dev.syncdb.dialect.BackupResult;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.Namespaces;
import dev.syncdb.dialect.DialectContext;
import dev.syncdb.dialect.RestoreResult;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * PostgreSQL backups: {@code pg_dump}/{@code pg_restore} when a pair whose major version is not
 * older than the server's is on the PATH ({@link PgToolBackup}), otherwise the built-in dump over
 * JDBC ({@link PgBuiltinDump}), which needs no client tools (the embedded server ships no
 * {@code pg_dump}, and an older {@code pg_dump} refuses newer servers). Restore reads either kind.
 */
final class PostgresBackup implements BackupProvider {
    private final DialectContext context;

    PostgresBackup(DialectContext context) {
        this.context = context;
    }

    @Override
    public String extension() {
        return "dump";
    }

    @Override
    public String databaseName(DatabaseUrl url) {
        return PostgresConnector.databaseName(url);
    }

    @Override
    public BackupResult backup(Connection connection, DatabaseUrl url, String schemaName, Path out)
            throws SQLException, IOException {
        String searchPath = searchPath(connection);
        try {
            var tool = PgDumpTool.find(connection.getMetaData().getDatabaseMajorVersion(), context);
            if (tool.isPresent() && anyExists(connection, schemaName)) {
                return new PgToolBackup(connection, schemaName, tool.get()).write(url, out);
            }
            String version = new PostgresDialect(context).serverVersion(connection);
            return new PgBuiltinDump(connection, schemaName).write(out, version);
        } finally {
            try (var st = connection.createStatement()) {
                st.execute("SET search_path TO " + searchPath);
            }
        }
    }

    /** Whether any of the namespaces exists (pg_dump finds nothing to dump otherwise, and fails; the built-in dump writes an empty backup). */
    private static boolean anyExists(Connection connection, String schemaName) throws SQLException {
        return !PgManyNamespaces.existing(connection, Namespaces.split(schemaName)).isEmpty();
    }

    /**
     * The session's search path as {@code SET} takes it back: reading the namespace to back up
     * narrows it, and a run that manages several namespaces goes on with all of them.
     */
    private static String searchPath(Connection connection) throws SQLException {
        try (var st = connection.createStatement(); var rs = st.executeQuery("SHOW search_path")) {
            rs.next();
            String path = rs.getString(1);
            return path.isBlank() ? "''" : path;
        }
    }

    private static boolean isPgDumpFile(Path file) throws IOException {
        try (var in = java.nio.file.Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(PgToolBackup.MAGIC.length), PgToolBackup.MAGIC);
        }
    }

    @Override
    public RestoreResult restore(Connection connection, DatabaseUrl url, String schemaName, Path file, boolean replace)
            throws SQLException, IOException {
        if (isPgDumpFile(file)) {
            PgDumpTool tool = PgDumpTool.find(connection.getMetaData().getDatabaseMajorVersion(), context).orElseThrow(() ->
                    new IOException(file + " was written by pg_dump: restoring it needs pg_restore of the server's"
                            + " version or newer on the PATH"));
            return new PgToolBackup(connection, schemaName, tool).load(url, file, replace);
        }
        return new PgBuiltinRestore(connection, schemaName).load(file, replace);
    }
}
