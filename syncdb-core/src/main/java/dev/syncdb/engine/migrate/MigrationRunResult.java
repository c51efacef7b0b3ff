package dev.syncdb.engine.migrate;

import dev.syncdb.migrate.HistoryRow;

import java.util.List;

/**
 * What an upgrade, downgrade or stamp did: the target (masked), the version before and after
 * ("base" = none), the history rows recorded, and for a dry run ({@code --sql}) the SQL it would
 * have run instead (null otherwise).
 */
public record MigrationRunResult(String target, String from, String to, List<HistoryRow> ran, String sql) {

    public MigrationRunResult {
        ran = List.copyOf(ran);
    }

    public boolean dryRun() {
        return sql != null;
    }
}
