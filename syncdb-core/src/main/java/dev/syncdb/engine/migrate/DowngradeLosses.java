package dev.syncdb.engine.migrate;

import dev.syncdb.diff.Differ;
import dev.syncdb.diff.RenameDetector;
import dev.syncdb.diff.SchemaChange.DropColumn;
import dev.syncdb.diff.SchemaChange.DropTable;
import dev.syncdb.diff.SchemaChange.RebuildTable;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.engine.plan.PreflightRun;
import dev.syncdb.engine.session.Session;
import dev.syncdb.migrate.Migration;
import dev.syncdb.model.Schema;
import dev.syncdb.plan.DataFixes;
import dev.syncdb.plan.Plan;
import dev.syncdb.plan.PlanStep;
import dev.syncdb.plan.Planner;
import dev.syncdb.plan.PreflightFinding;
import dev.syncdb.plan.PreflightReport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a downgrade would lose, judged before it runs: the applied migrations and the ones that stay
 * applied are replayed in scratch places, and each data-losing step between the two (a dropped table
 * or column) is measured on the live rows by the preflight. The down files are what actually runs;
 * this is how far the schema change they undo reaches into the data.
 * A drop that the rename detector matches with a created table or column may be a rename back (which
 * keeps the data), so it is reported with that caveat and does not count as a loss.
 */
final class DowngradeLosses {

    /**
     * One data-losing change: what it is, what the live rows say, whether it loses anything, and the
     * rename it may be instead ("" = none).
     */
    record Loss(String change, String measured, boolean losesData, String maybeRename) {
    }

    private DowngradeLosses() {
    }

    /** The losses of going from {@code applied} back to {@code remaining} (both in order). */
    static List<Loss> of(Session s, List<Migration> applied, List<Migration> remaining) {
        MigrationReplay replay = new MigrationReplay(s, null);
        Schema before = replay.replay(applied);
        Schema after = replay.replay(remaining);
        List<SchemaChange> changes = new Differ(s.dialect().diffHooks()).diff(before, after);
        Plan plan = new Planner(s.dialect().diffHooks(), s.dialect().renderer()).plan(before, after, changes, DataFixes.NONE);
        List<PreflightReport> reports = PreflightRun.run(s, plan, s.inspect(), DataFixes.NONE);
        Map<String, String> renames = new HashMap<>();
        new RenameDetector(s.dialect().diffHooks()).detect(changes).forEach(c -> renames.putIfAbsent(c.oldName(), c.newName()));
        List<Loss> out = new ArrayList<>();
        for (int i = 0; i < plan.steps().size(); i++) {
            PlanStep step = plan.steps().get(i);
            if (step.destructive()) {
                out.add(loss(step, report(reports, i), renameOf(step.change(), renames)));
            }
        }
        return out;
    }

    /** The new names of what the change drops, when every dropped object is a rename candidate; else "". */
    private static String renameOf(SchemaChange c, Map<String, String> renames) {
        List<String> dropped = new ArrayList<>();
        List<SchemaChange> parts = c instanceof RebuildTable r ? r.replaces() : List.of(c);
        for (SchemaChange p : parts) {
            if (p instanceof DropTable x) {
                dropped.add(x.current().name());
            } else if (p instanceof DropColumn x) {
                dropped.add(x.table() + "." + x.column().name());
            }
        }
        if (dropped.isEmpty() || !dropped.stream().allMatch(renames::containsKey)) {
            return "";
        }
        return String.join(", ", dropped.stream().map(renames::get).toList());
    }

    private static PreflightReport report(List<PreflightReport> reports, int step) {
        return reports.stream().filter(r -> r.step() == step).findFirst().orElse(null);
    }

    private static Loss loss(PlanStep step, PreflightReport report, String maybeRename) {
        if (report == null || report.findings().isEmpty()) {
            return new Loss(step.comment(), "not measured", maybeRename.isEmpty(), maybeRename);
        }
        boolean loses = report.findings().stream().anyMatch(f -> f.count() > 0
                || f.status() == PreflightFinding.Status.NOT_CHECKED);
        String measured = String.join("; ", report.findings().stream().map(PreflightFinding::message).toList());
        return new Loss(step.comment(), measured, loses && maybeRename.isEmpty(), maybeRename);
    }
}
