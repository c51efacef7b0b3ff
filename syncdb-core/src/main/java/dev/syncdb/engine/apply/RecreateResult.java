package dev.syncdb.engine.apply;

import dev.syncdb.dialect.BackupResult;

import java.util.List;

/**
 * What {@code --force-recreate} did: the target, the backup taken (null when none), the tables
 * dropped and created, the seed statements run, and how long the transaction took.
 */
public record RecreateResult(String maskedUrl, String serverVersion, BackupResult backup, List<String> dropped,
                             List<String> created, int seedStatements, long elapsedMillis) {

    public RecreateResult {
        dropped = List.copyOf(dropped);
        created = List.copyOf(created);
    }
}
