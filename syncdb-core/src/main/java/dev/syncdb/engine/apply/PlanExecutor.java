package dev.syncdb.engine.apply;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.ExecutionHooks;
import dev.syncdb.engine.plan.OnlineOptions;
import dev.syncdb.engine.session.Session;
import dev.syncdb.dialect.HookScope;
import dev.syncdb.dialect.LockRetry;
import dev.syncdb.plan.Plan;
import dev.syncdb.plan.PlanStep;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Runs a plan in one transaction on the session's connection. Statements a database refuses inside
 * a transaction run before it. Databases without transactional DDL, and online plans, run it
 * statement by statement instead ({@link StepwiseExecutor}, an online plan with lock timeouts and
 * retries). On any error everything is rolled back and the error names the
 * step and the statement.
 */
public final class PlanExecutor {
    private final Session session;
    private final OnlineOptions online;

    public PlanExecutor(Session session) {
        this(session, OnlineOptions.DEFAULT);
    }

    /** An executor that runs online plans ({@link Plan#online()}) with these lock timeouts and retries. */
    public PlanExecutor(Session session, OnlineOptions online) {
        this.session = session;
        this.online = online;
    }

    public void execute(Plan plan) {
        execute(plan, ApplyProgress.NONE);
    }

    /** Runs the plan and tells {@code progress} which step is running. */
    public void execute(Plan plan, ApplyProgress progress) {
        LockRetry retry = plan.online() ? new LockRetry(session.dialect().online(), session.schemaName(),
                online.lockWaitTimeout(), online.retries()) : null;
        boolean journaled = !session.dialect().transactionalDdl();
        if (journaled || retry != null) {
            new StepwiseExecutor(session, retry, journaled, online.allowRewrite()).execute(plan, progress);
            return;
        }
        Connection c = session.connection();
        ExecutionHooks hooks = session.dialect().executionHooks(HookScope.PLAN);
        try {
            hooks.beforeTransaction(c, plan);
        } catch (SQLException e) {
            throw SyncdbException.error("cannot prepare the transaction: " + Session.oneLine(e.getMessage()));
        }
        int early = 0;
        boolean committed = false;
        progress.started(plan);
        try {
            early = runOutsideTransaction(c, plan.steps());
            c.setAutoCommit(false);
            runSteps(c, plan.steps(), progress);
            hooks.beforeCommit(c, plan);
            c.commit();
            committed = true;
        } catch (SQLException e) {
            rollback(c);
            throw SyncdbException.error("apply failed, rolled back" + keptNote(early) + ": " + Session.oneLine(e.getMessage())
                    + session.dialect().limitAdvice(e).map(a -> "; " + a).orElse(""));
        } catch (SyncdbException e) {
            rollback(c);
            throw SyncdbException.error(e.getMessage() + keptNote(early));
        } catch (RuntimeException e) {
            rollback(c);
            throw e;
        } finally {
            progress.finished(committed);
            restore(c, hooks, plan);
        }
    }

    /**
     * Runs the statements the database refuses inside a transaction, each on its own, before the
     * plan's transaction; returns how many ran. A failure here changes nothing else.
     */
    private int runOutsideTransaction(Connection c, List<PlanStep> steps) {
        int n = 0;
        for (PlanStep step : steps) {
            for (var st : step.statements()) {
                if (!st.transactional()) {
                    run(c, step, st.sql());
                    n++;
                }
            }
        }
        return n;
    }

    private static String keptNote(int early) {
        return early == 0 ? ", nothing was changed"
                : "; " + early + " statement(s) that cannot run inside a transaction (e.g. new enum labels) had run"
                + " before it and remain";
    }

    private void runSteps(Connection c, List<PlanStep> steps, ApplyProgress progress) throws SQLException {
        for (int i = 0; i < steps.size(); i++) {
            PlanStep step = steps.get(i);
            progress.step(i, step);
            for (var st : step.statements()) {
                if (st.transactional()) {
                    run(c, step, st.sql());
                }
            }
        }
    }

    /**
     * Runs one statement; a failure rolls back and names the step, the statement, and, when a server
     * limit caused it (a plan too large for PostgreSQL's lock table), the setting to raise.
     */
    private void run(Connection c, PlanStep step, String sql) {
        try (java.sql.Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            rollback(c);
            String advice = session.dialect().limitAdvice(e).map(a -> "; " + a).orElse("");
            throw SyncdbException.error("apply failed at step '" + step.comment() + "', rolled back: "
                    + Session.oneLine(e.getMessage()) + " [statement: " + abbreviate(sql) + "]" + advice);
        }
    }

    private static String abbreviate(String sql) {
        String one = sql.replaceAll("\\s+", " ").strip();
        return one.length() > 160 ? one.substring(0, 157) + "..." : one;
    }

    private static void rollback(Connection c) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException ignored) {
            // a lost connection rolls back by itself
        }
    }

    private static void restore(Connection c, ExecutionHooks hooks, Plan plan) {
        try {
            c.setAutoCommit(true);
            hooks.afterTransaction(c, plan);
        } catch (SQLException ignored) {
            // the connection is gone; the server has rolled back what was not committed
        }
    }
}
