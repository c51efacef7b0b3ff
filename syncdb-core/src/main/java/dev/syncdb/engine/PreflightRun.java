package dev.syncdb.engine;

import dev.syncdb.SyncdbException;
import dev.syncdb.model.Schema;
import dev.syncdb.plan.DataFixes;
import dev.syncdb.plan.Plan;
import dev.syncdb.plan.Preflight;
import dev.syncdb.plan.PreflightFinding;
import dev.syncdb.plan.PreflightReport;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs the live-data preflight of a plan on a session, and refuses an apply whose steps the data
 * would make fail (exit 3), naming each blocked step and what blocks it.
 */
final class PreflightRun {
    /** Seconds each preflight query may take. */
    static final int TIMEOUT_SECONDS = 30;

    private PreflightRun() {
    }

    static List<PreflightReport> run(Session s, Plan plan, Schema current, DataFixes fixes) {
        if (plan.isEmpty()) {
            return List.of();
        }
        try {
            Preflight preflight = new Preflight(s.dialect().preflightQueries(s.connection()), s.dialect().diffHooks(),
                    TIMEOUT_SECONDS);
            return preflight.run(s.connection(), plan, current, fixes);
        } catch (SQLException e) {
            throw SyncdbException.error("cannot run the preflight checks on " + s.url().masked() + ": "
                    + Session.oneLine(e.getMessage()));
        }
    }

    /** Refuses when a step would fail on the current rows; nothing has run yet. */
    static void refuseBlocked(PlanResult planned) {
        List<PreflightReport> blocked = planned.blocked();
        if (blocked.isEmpty()) {
            return;
        }
        String what = blocked.stream().limit(5).map(r -> r.comment() + ": " + r.blocking().stream()
                .map(PreflightFinding::message).collect(Collectors.joining("; "))).collect(Collectors.joining("; "));
        throw new SyncdbException(SyncdbException.REFUSED, "refused: " + blocked.size()
                + " step(s) would fail on the current data (" + what + (blocked.size() > 5 ? "; ..." : "")
                + "); nothing was changed. Fix the rows, or give --using/--backfill for the column.");
    }
}
