package dev.syncdb.engine.verify;

import java.util.List;

/**
 * Where a database stands, as {@code status} and the wizard show it: the target (masked URL,
 * dialect, server version, namespace), its tables, its migrations (null when it has neither a
 * migrations directory nor a history table), the required tables present or missing, and the
 * history tables of other migration tools found there ("Flyway (flyway_schema_history)"), which
 * syncdb keeps as they are.
 */
public record StatusResult(String maskedUrl, String dialect, String serverVersion, String schemaName,
                           List<String> tables, Migrations migrations, List<RequiredTable> required,
                           List<String> otherHistories) {

    public StatusResult {
        tables = List.copyOf(tables);
        required = List.copyOf(required);
        otherHistories = otherHistories == null ? List.of() : List.copyOf(otherHistories);
    }

    /** Whether every required table exists. */
    public boolean requiredPresent() {
        return required.stream().allMatch(RequiredTable::present);
    }

    /**
     * The database's migrations: the applied version ("base" when none), how many are applied and
     * pending, whether the directory and the history table exist, a disagreement between files
     * and history (null when they agree), and where another tool left the database when syncdb took
     * it over ({@code stamp --from}: "Flyway version 2 (add orders), ..., adopted 2026-12-03T10:40:00Z";
     * null when it was not adopted).
     */
    public record Migrations(String current, int applied, List<String> pending, boolean directory, boolean history,
                             String problem, String adoptedFrom) {
        public Migrations {
            pending = List.copyOf(pending);
        }

        public Migrations(String current, int applied, List<String> pending, boolean directory, boolean history,
                          String problem) {
            this(current, applied, pending, directory, history, problem, null);
        }
    }
}
