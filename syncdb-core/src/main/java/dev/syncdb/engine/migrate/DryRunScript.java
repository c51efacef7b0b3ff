package dev.syncdb.engine.migrate;

import dev.syncdb.migrate.HistoryRow;
import dev.syncdb.migrate.HistoryStore;
import dev.syncdb.migrate.MigrationScript;

import java.time.Instant;

/**
 * The SQL a migration command would run, for {@code --sql}: the history table's DDL when it does
 * not exist yet, then each script with the INSERT that records it. Nothing of it is run.
 */
final class DryRunScript {
    private final StringBuilder b = new StringBuilder();
    private final HistoryStore history;
    private final String user = System.getProperty("user.name", "unknown");

    DryRunScript(String command, String target, HistoryStore history) {
        this.history = history;
        b.append("-- syncdb ").append(command).append(" --sql: the SQL it would run on ").append(target)
                .append("; nothing was run\n");
        if (!history.exists()) {
            b.append("\n").append(history.createSql()).append(";\n");
        }
    }

    /** A script with its history record. */
    void script(MigrationScript s, String type) {
        b.append("\n-- ").append(s.fileName()).append(" (checksum ").append(s.checksum().shortHex()).append(")\n");
        b.append(s.text().strip()).append("\n");
        record(row(s.version().text(), s.description(), type, s.fileName(), s.checksum().hex()));
    }

    /** A history record without a script (stamp). */
    void record(HistoryRow row) {
        b.append(history.insertSql(row)).append("\n");
    }

    /** Comment lines (each line of {@code text} prefixed with "-- "). */
    void note(String text) {
        text.strip().lines().forEach(l -> b.append("-- ").append(l).append('\n'));
    }

    HistoryRow row(String version, String description, String type, String script, String checksum) {
        return new HistoryRow(0, version, description, type, script, checksum, user, Instant.now(), 0, true, null, 0);
    }

    String text() {
        return b.toString();
    }
}
