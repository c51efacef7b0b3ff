package dev.syncdb.engine.apply;

import dev.syncdb.engine.backup.Backup;
import dev.syncdb.model.Schema;
import dev.syncdb.sql.SqlScript;

import java.util.List;
import java.util.function.Predicate;

/**
 * How to recreate a database: who confirms dropping what is there ({@code confirm} sees the current
 * schema; it is not asked when the namespace is empty), the backup to take first (null = none), the
 * seed scripts to run after the tables are recreated, and who is told which step runs.
 */
public record RecreateOptions(Predicate<Schema> confirm, Backup backup, List<SqlScript> seed, ApplyProgress progress) {

    public RecreateOptions {
        seed = List.copyOf(seed);
        progress = progress == null ? ApplyProgress.NONE : progress;
    }
}
