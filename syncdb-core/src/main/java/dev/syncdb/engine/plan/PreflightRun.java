package dev.syncdb.engine.plan;

import dev.syncdb.SyncdbException;
import dev.syncdb.diff.SchemaChange;
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

    /**
     * Fails with one line when the server lacks what {@code changes} need (an extension it cannot
     * install, a role a privilege names): before anything runs, rather than halfway through an apply.
     */
    public static void requireServerSupport(Session s, List<SchemaChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        List<String> missing;
        try {
            missing = s.dialect().unmetRequirements(s.connection(), changes);
        } catch (SQLException e) {
            throw SyncdbException.error("cannot check what " + s.target() + " offers: "
                    + Session.oneLine(e.getMessage()));
        }
        if (!missing.isEmpty()) {
            throw SyncdbException.error(String.join("; ", missing) + " (on " + s.target() + ")");
        }
    }

    /**
     * Fails with one line per missing privilege (the privilege, the object, the role) when the
     * session's role may not run {@code changes}: before an apply changes anything. Plan and check do
     * not call it, so a role that can only read the catalog can still plan.
     */
    public static void requirePrivileges(Session s, List<SchemaChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        List<String> missing;
        try {
            missing = s.dialect().missingPrivileges(s.connection(), s.namespaces(), changes);
        } catch (SQLException e) {
            throw SyncdbException.error("cannot check the privileges of the role on " + s.url().masked() + ": "
                    + Session.oneLine(e.getMessage()));
        }
        if (!missing.isEmpty()) {
            throw SyncdbException.error(String.join("; ", missing) + " (on " + s.url().masked()
                    + "); nothing was changed");
        }
    }

    /** The reports of the plan's risky steps, judged on the session's live rows; none for an empty plan. */
    public static List<PreflightReport> run(Session s, Plan plan, Schema current, DataFixes fixes) {
        if (plan.isEmpty()) {
            return List.of();
        }
        try {
            Preflight preflight = new Preflight(s.dialect().preflightQueries(s.connection(), s.namespaces()), s.dialect().diffHooks(),
                    TIMEOUT_SECONDS);
            return preflight.run(s.connection(), plan, current, fixes);
        } catch (SQLException e) {
            throw SyncdbException.error("cannot run the preflight checks on " + s.target() + ": "
                    + Session.oneLine(e.getMessage()));
        }
    }
}
