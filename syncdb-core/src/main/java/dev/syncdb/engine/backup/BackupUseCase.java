package dev.syncdb.engine.backup;

import dev.syncdb.dialect.DialectContext;
import dev.syncdb.dialect.BackupResult;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.engine.session.Session;

/** Writes a full backup (schema and data) of the managed namespace of a database, changing nothing. */
public final class BackupUseCase {
    private final DialectContext context;

    /** A use case whose dialects work in the process's own environment. */
    public BackupUseCase() {
        this(DialectContext.system());
    }

    /** A use case whose dialects work in {@code context} (environment, user, warnings). */
    public BackupUseCase(DialectContext context) {
        this.context = context;
    }

    public BackupResult run(DatabaseUrl url, String schemaName, Backup backup) {
        try (Session s = Session.open(url, schemaName, false, context)) {
            return backup.take(s);
        }
    }
}
