package dev.syncdb.engine.migrate;

import dev.syncdb.migrate.HistoryRow;
import dev.syncdb.migrate.Migration;

import java.util.List;

/**
 * Where a database stands with its migrations: the target (masked), the current version and its
 * row (null = base), how many versions are applied, the pending files, the whole history, and a
 * problem found when checking files against history (null when they agree).
 */
public record MigrationStatus(String target, String current, HistoryRow currentRow, int applied,
                              List<Migration> pending, List<HistoryRow> history, String problem) {

    public MigrationStatus {
        pending = List.copyOf(pending);
        history = List.copyOf(history);
    }
}
