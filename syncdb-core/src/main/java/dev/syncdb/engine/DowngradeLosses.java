package dev.syncdb.engine;

import dev.syncdb.diff.Differ;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.migrate.Migration;
import dev.syncdb.model.Schema;
import dev.syncdb.plan.DataFixes;
import dev.syncdb.plan.Plan;
import dev.syncdb.plan.PlanStep;
import dev.syncdb.plan.Planner;
import dev.syncdb.plan.PreflightFinding;
import dev.syncdb.plan.PreflightReport;

import java.util.ArrayList;
import java.util.List;

/**
 * What a downgrade would lose, judged before it runs: the migrations that stay applied are replayed
 * in a scratch place, the live schema is compared with that result, and each data-losing step of
 * that difference (a dropped table or column) is measured on the live rows by the preflight.
 * The down files are what actually runs; this is how far their schema change reaches into data.
 */
final class DowngradeLosses {

    /** One data-losing change: what it is, what the live rows say, and whether it loses anything. */
    record Loss(String change, String measured, boolean losesData) {
    }

    private DowngradeLosses() {
    }

    static List<Loss> of(Session s, List<Migration> remaining) {
        Schema current = s.inspect();
        Schema after = new MigrationReplay(s, null).replay(remaining);
        List<SchemaChange> changes = new Differ(s.dialect().diffHooks()).diff(current, after);
        Plan plan = new Planner(s.dialect().diffHooks(), s.dialect().renderer()).plan(current, after, changes, DataFixes.NONE);
        List<PreflightReport> reports = PreflightRun.run(s, plan, current, DataFixes.NONE);
        List<Loss> out = new ArrayList<>();
        for (int i = 0; i < plan.steps().size(); i++) {
            PlanStep step = plan.steps().get(i);
            if (step.destructive()) {
                out.add(loss(step, report(reports, i)));
            }
        }
        return out;
    }

    private static PreflightReport report(List<PreflightReport> reports, int step) {
        return reports.stream().filter(r -> r.step() == step).findFirst().orElse(null);
    }

    private static Loss loss(PlanStep step, PreflightReport report) {
        if (report == null || report.findings().isEmpty()) {
            return new Loss(step.comment(), "not measured", true);
        }
        boolean loses = report.findings().stream().anyMatch(f -> f.count() > 0
                || f.status() == PreflightFinding.Status.NOT_CHECKED);
        String measured = String.join("; ", report.findings().stream().map(PreflightFinding::message).toList());
        return new Loss(step.comment(), measured, loses);
    }
}
