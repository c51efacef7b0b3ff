package dev.syncdb.engine.backup;

import dev.syncdb.dialect.BackupResult;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.engine.session.Session;

/** Writes a full backup (schema and data) of the managed namespace of a database, changing nothing. */
public final class BackupUseCase {

    public BackupResult run(DatabaseUrl url, String schemaName, Backup backup) {
        try (Session s = Session.open(url, schemaName, false)) {
            return backup.take(s);
        }
    }
}
