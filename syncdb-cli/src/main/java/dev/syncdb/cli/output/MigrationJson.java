package dev.syncdb.cli.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.syncdb.engine.migrate.MigrationStatus;
import dev.syncdb.migrate.HistoryRow;
import dev.syncdb.migrate.Migration;

/**
 * The machine-readable form of {@code current} and {@code history} ({@code --json}). Field names
 * are part of the command-line contract.
 */
public final class MigrationJson {
    private MigrationJson() {
    }

    public static String current(MigrationStatus s) {
        ObjectNode root = Json.object();
        root.put("target", s.target());
        root.put("current", s.current());
        root.put("description", s.currentRow() == null ? null : s.currentRow().description());
        root.put("applied", s.applied());
        var pending = root.putArray("pending");
        for (Migration m : s.pending()) {
            pending.addObject().put("version", m.version().text()).put("description", m.description())
                    .put("script", m.up().fileName());
        }
        root.put("problem", s.problem());
        return Json.write(root);
    }

    public static String history(MigrationStatus s) {
        ObjectNode root = Json.object();
        root.put("target", s.target());
        root.put("current", s.current());
        var rows = root.putArray("history");
        for (HistoryRow r : s.history()) {
            row(rows.addObject(), r);
        }
        return Json.write(root);
    }

    /** One history row, as {@code history} and the runs ({@code upgrade}, {@code downgrade}, {@code stamp}) report it. */
    static ObjectNode row(ObjectNode node, HistoryRow r) {
        return node.put("rank", r.rank()).put("version", r.version()).put("description", r.description())
                .put("type", r.type()).put("script", r.script()).put("checksum", r.checksum())
                .put("installedBy", r.installedBy()).put("installedOn", r.installedOn().toString())
                .put("durationMs", r.durationMs()).put("success", r.success())
                .put("failedStatement", r.failedStatement()).put("statementsRun", r.statementsRun());
    }
}
