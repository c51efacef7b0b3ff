package dev.syncdb.engine.apply;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.ExecutionHooks;
import dev.syncdb.dialect.HookScope;
import dev.syncdb.dialect.LockRetry;
import dev.syncdb.engine.session.Session;
import dev.syncdb.plan.LockNote;
import dev.syncdb.plan.Plan;
import dev.syncdb.plan.PlanStep;
import dev.syncdb.plan.Statement;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Runs a plan statement by statement in autocommit, each statement committed on its own: on a database
 * whose DDL cannot be rolled back (every statement journaled, {@link ApplyJournal}, so an apply that
 * died midway is reported by the next one, which never runs a data conversion twice), and for an
 * online plan ({@link Plan#online()}) on any database (a concurrent index build cannot run in a
 * transaction, and a long transaction would keep its locks until the end), then each statement with a
 * lock timeout and retries ({@link LockRetry}). The live-data preflight has run before, so a plan
 * should not stop on data; when a statement still fails, or cannot get its lock (exit 3, naming the
 * sessions in the way), the error says which step stopped and what stays applied.
 */
final class StepwiseExecutor {
    private final Session session;
    private final LockRetry retry;
    private final boolean journaled;
    private final boolean allowRewrite;

    /**
     * {@code retry}: the lock timeout and retries of an online plan (null = statements wait as long as
     * the server lets them); {@code journaled}: whether the database needs the journal (its DDL commits
     * at once); {@code allowRewrite}: whether a fallback form that blocks writes may run.
     */
    StepwiseExecutor(Session session, LockRetry retry, boolean journaled, boolean allowRewrite) {
        this.session = session;
        this.retry = retry;
        this.journaled = journaled;
        this.allowRewrite = allowRewrite;
    }

    void execute(Plan plan, ApplyProgress progress) {
        Connection c = session.connection();
        ExecutionHooks hooks = session.dialect().executionHooks(HookScope.PLAN);
        try {
            c.setAutoCommit(true);
            hooks.beforeTransaction(c, plan);
            if (retry != null) {
                retry.prepare(c);
            }
        } catch (SQLException e) {
            throw SyncdbException.error("cannot prepare the apply: " + Session.oneLine(e.getMessage()));
        }
        StatementLog log = open(plan);
        boolean done = false;
        int[] ran = {0};
        progress.started(plan);
        try {
            List<PlanStep> steps = plan.steps();
            for (int i = 0; i < steps.size(); i++) {
                progress.step(i, steps.get(i));
                runStep(log, steps, i, ran);
            }
            hooks.beforeCommit(c, plan);
            log.finish(ran[0], null);
            done = true;
        } catch (SQLException e) {
            throw SyncdbException.error("apply failed after the last step: " + Session.oneLine(e.getMessage())
                    + "; every step was applied");
        } finally {
            progress.finished(done);
            try {
                hooks.afterTransaction(c, plan);
            } catch (SQLException ignored) {
                // the connection is gone; what ran is committed
            }
        }
    }

    private StatementLog open(Plan plan) {
        if (!journaled) {
            return StatementLog.direct(session.connection());
        }
        try {
            return ApplyJournal.open(session, (int) plan.steps().stream().mapToLong(p -> p.statements().size()).sum());
        } catch (SQLException e) {
            throw SyncdbException.error("cannot journal the apply in the history table: " + Session.oneLine(e.getMessage()));
        }
    }

    private void runStep(StatementLog log, List<PlanStep> steps, int i, int[] ran) {
        PlanStep step = steps.get(i);
        List<Statement> statements = step.statements();
        for (int j = 0; j < statements.size(); j++) {
            Statement st = statements.get(j);
            String sql = st.sql();
            if (log.alreadyRun(sql)) {
                session.context().warn("skipped, the unfinished earlier apply already ran it: " + abbreviate(sql));
                continue;
            }
            try {
                if (retry == null) {
                    log.run(sql, ran[0]);
                } else {
                    runForms(log, step, st, ran[0]);
                }
                ran[0]++;
            } catch (LockRetry.GaveUp e) {
                log.finish(ran[0], sql);
                throw new SyncdbException(SyncdbException.REFUSED, "stopped: could not get the lock for '"
                        + step.comment() + "' in " + e.tries() + " tries, waiting at most " + retry.timeout().toMillis()
                        + " ms each (the application's queries were not held longer) [" + abbreviate(sql) + "]: "
                        + e.who() + "; " + aftermath(steps, i, j));
            } catch (FormRefused e) {
                log.finish(ran[0], sql);
                throw new SyncdbException(SyncdbException.REFUSED, "stopped at step " + (i + 1) + " of " + steps.size()
                        + " '" + step.comment() + "': " + e.getMessage() + "; " + aftermath(steps, i, j));
            } catch (SQLException e) {
                log.finish(ran[0], sql);
                throw SyncdbException.error("apply failed at step " + (i + 1) + " of " + steps.size() + " '"
                        + step.comment() + "': " + Session.oneLine(e.getMessage()) + " [statement: "
                        + abbreviate(sql) + "]; " + aftermath(steps, i, j));
            }
        }
    }

    /**
     * Runs the statement with the lock timeout and retries; when the server refuses the way it asks to
     * run, the next form its lock note carries (a form that blocks writes only with --allow-rewrite).
     */
    private void runForms(StatementLog log, PlanStep step, Statement st, int n) throws SQLException, LockRetry.GaveUp {
        List<LockNote.Fallback> next = st.lock() == null ? List.of() : st.lock().fallbacks();
        String beforeRetry = st.lock() == null ? null : st.lock().beforeRetry();
        String sql = st.sql();
        for (int k = 0; ; k++) {
            String form = sql;
            try {
                retry.run(session.connection(), step.change().table(), beforeRetry, () -> log.run(form, n));
                return;
            } catch (SQLException e) {
                if (k >= next.size() || !session.dialect().online().isFormRefused(e)) {
                    throw e;
                }
                LockNote.Fallback f = next.get(k);
                String why = "the server refused [" + abbreviate(sql) + "]: " + Session.oneLine(e.getMessage());
                if (f.blocksWrites() && !allowRewrite) {
                    throw new FormRefused(why + "; the next form, " + f.label() + ", blocks writes while it runs:"
                            + " pass --allow-rewrite to let it, or run this step without --online at a quiet time");
                }
                session.context().warn(why + "; trying " + f.label() + (f.blocksWrites() ? " (blocks writes)" : ""));
                sql = f.sql();
            }
        }
    }

    /** The server refused every form that keeps writes going, and a blocking one is not allowed. */
    private static final class FormRefused extends RuntimeException {
        FormRefused(String message) {
            super(message);
        }
    }

    /** What stays applied: every statement before the stopped one committed on its own. */
    private String aftermath(List<PlanStep> steps, int failedStep, int failedStatement) {
        if (failedStep == 0 && failedStatement == 0) {
            return "nothing was changed";
        }
        StringBuilder sb = new StringBuilder(journaled ? "this database cannot roll back schema changes: "
                : "each statement of an online plan commits on its own: ");
        if (failedStep > 0) {
            sb.append(failedStep).append(" step(s) before it were applied and remain (last: '")
                    .append(steps.get(failedStep - 1).comment()).append("')");
        }
        if (failedStatement > 0) {
            sb.append(failedStep > 0 ? ", and " : "").append(failedStatement)
                    .append(" statement(s) of the stopped step ran");
        }
        return sb.append("; fix the cause and run again (the next plan starts from what is there now)").toString();
    }

    private static String abbreviate(String sql) {
        String one = sql.replaceAll("\\s+", " ").strip();
        return one.length() > 160 ? one.substring(0, 157) + "..." : one;
    }
}
