package dev.syncdb.engine.plan;

import dev.syncdb.SyncdbException;
import dev.syncdb.engine.session.Session;
import dev.syncdb.model.Schema;
import dev.syncdb.plan.DataFixes;
import dev.syncdb.plan.Plan;
import dev.syncdb.plan.Preflight;
import dev.syncdb.plan.PreflightReport;

import java.sql.SQLException;
import java.util.List;

/**
 * The live-data preflight of a plan run on a session: for each risky step, what the current rows say
 * (values a new constraint or type would reject, rows a drop would lose).
 */
public final class PreflightRun {
    /** Seconds each preflight query may take. */
    static final int TIMEOUT_SECONDS = 30;

    private PreflightRun() {
    }

    /** The reports of the plan's risky steps, judged on the session's live rows; none for an empty plan. */
    public static List<PreflightReport> run(Session s, Plan plan, Schema current, DataFixes fixes) {
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
}
