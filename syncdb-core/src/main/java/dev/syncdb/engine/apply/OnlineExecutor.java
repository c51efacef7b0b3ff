package dev.syncdb.engine.apply;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.ExecutionHooks;
import dev.syncdb.dialect.HookScope;
import dev.syncdb.engine.session.Session;
import dev.syncdb.plan.Plan;
import dev.syncdb.plan.PlanStep;
import dev.syncdb.plan.Statement;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Runs an online plan ({@link Plan#online()}) on a database with transactional DDL: every statement
 * on its own, committed at once (a concurrent index build cannot run in a transaction, and a long
 * transaction would keep its locks until the end), each with a lock timeout and retries
 * ({@link LockRetry}). A statement that still cannot get its lock stops the run with exit 3, naming
 * the sessions in the way and what was done so far; the next run plans from what is there then.
 */
final class OnlineExecutor {
    private final Session session;
    private final LockRetry retry;

    OnlineExecutor(Session session, LockRetry retry) {
        this.session = session;
        this.retry = retry;
    }

    void execute(Plan plan, ApplyProgress progress) {
        Connection c = session.connection();
        ExecutionHooks hooks = session.dialect().executionHooks(HookScope.PLAN);
        try {
            c.setAutoCommit(true);
            hooks.beforeTransaction(c, plan);
            retry.prepare(c);
        } catch (SQLException e) {
            throw SyncdbException.error("cannot prepare the online apply: " + Session.oneLine(e.getMessage()));
        }
        boolean done = false;
        progress.started(plan);
        try {
            List<PlanStep> steps = plan.steps();
            for (int i = 0; i < steps.size(); i++) {
                progress.step(i, steps.get(i));
                runStep(c, steps, i);
            }
            hooks.beforeCommit(c, plan);
            done = true;
        } catch (SQLException e) {
            throw SyncdbException.error("apply failed after the last step: " + Session.oneLine(e.getMessage()));
        } finally {
            progress.finished(done);
            try {
                hooks.afterTransaction(c, plan);
            } catch (SQLException ignored) {
                // the connection is gone; what ran is committed
            }
        }
    }

    private void runStep(Connection c, List<PlanStep> steps, int i) {
        PlanStep step = steps.get(i);
        List<Statement> statements = step.statements();
        for (int j = 0; j < statements.size(); j++) {
            Statement st = statements.get(j);
            try {
                retry.run(c, step.change().table(), st, () -> run(c, st.sql()));
            } catch (LockRetry.GaveUp e) {
                throw new SyncdbException(SyncdbException.REFUSED, gaveUp(step, st, e) + "; " + aftermath(steps, i, j));
            } catch (SQLException e) {
                throw SyncdbException.error("apply failed at step " + (i + 1) + " of " + steps.size() + " '"
                        + step.comment() + "': " + Session.oneLine(e.getMessage()) + " [statement: "
                        + abbreviate(st.sql()) + "]; " + aftermath(steps, i, j));
            }
        }
    }

    private String gaveUp(PlanStep step, Statement st, LockRetry.GaveUp e) {
        String who = e.holders.isEmpty() ? "no session holds a lock on the table any more (it was released meanwhile)"
                : "held by " + String.join("; ", e.holders);
        return "stopped: could not get the lock for '" + step.comment() + "' in " + e.tries + " tries, waiting at most "
                + retry.timeout().toMillis() + " ms each (the application's queries were not held longer) ["
                + abbreviate(st.sql()) + "]: " + who;
    }

    /** What was done so far: each statement of an online plan is committed on its own. */
    static String aftermath(List<PlanStep> steps, int failedStep, int failedStatement) {
        if (failedStep == 0 && failedStatement == 0) {
            return "nothing was changed";
        }
        StringBuilder sb = new StringBuilder("done so far: ");
        if (failedStep > 0) {
            sb.append(failedStep).append(" of ").append(steps.size()).append(" step(s) applied (last: '")
                    .append(steps.get(failedStep - 1).comment()).append("')");
        }
        if (failedStatement > 0) {
            sb.append(failedStep > 0 ? ", and " : "").append(failedStatement)
                    .append(" statement(s) of the stopped step");
        }
        return sb.append("; they remain, and the next run plans from what is there then").toString();
    }

    private static void run(Connection c, String sql) throws SQLException {
        try (java.sql.Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    static String abbreviate(String sql) {
        String one = sql.replaceAll("\\s+", " ").strip();
        return one.length() > 160 ? one.substring(0, 157) + "..." : one;
    }
}
