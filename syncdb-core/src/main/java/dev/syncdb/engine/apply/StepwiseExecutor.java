package dev.syncdb.engine.apply;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.ExecutionHooks;
import dev.syncdb.engine.session.Session;
import dev.syncdb.dialect.HookScope;
import dev.syncdb.plan.Plan;
import dev.syncdb.plan.PlanStep;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Runs a plan statement by statement in autocommit, for databases whose DDL cannot be rolled back
 * (each schema statement commits on its own). The live-data preflight has run before, so a plan
 * should not stop on data; when a statement still fails, the error says which step failed and how
 * many of the steps before it were applied and remain. Every statement is journaled
 * ({@link ApplyJournal}), so an apply that died midway is reported by the next one, which never runs
 * a data conversion twice.
 */
final class StepwiseExecutor {
    private final Session session;
    private final LockRetry retry;

    /** {@code retry}: the lock timeout and retries of an online plan; null = statements wait as long as the server lets them. */
    StepwiseExecutor(Session session, LockRetry retry) {
        this.session = session;
        this.retry = retry;
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
        ApplyJournal journal;
        try {
            journal = ApplyJournal.open(session, (int) plan.steps().stream().mapToLong(p -> p.statements().size()).sum());
        } catch (SQLException e) {
            throw SyncdbException.error("cannot journal the apply in the history table: " + Session.oneLine(e.getMessage()));
        }
        boolean done = false;
        int[] ran = {0};
        progress.started(plan);
        try {
            List<PlanStep> steps = plan.steps();
            for (int i = 0; i < steps.size(); i++) {
                progress.step(i, steps.get(i));
                runStep(journal, steps, i, ran);
            }
            hooks.beforeCommit(c, plan);
            journal.finish(ran[0], null);
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

    private void runStep(ApplyJournal journal, List<PlanStep> steps, int i, int[] ran) {
        PlanStep step = steps.get(i);
        List<dev.syncdb.plan.Statement> statements = step.statements();
        for (int j = 0; j < statements.size(); j++) {
            dev.syncdb.plan.Statement st = statements.get(j);
            String sql = st.sql();
            if (journal.alreadyRun(sql)) {
                session.context().warn("skipped, the unfinished earlier apply already ran it: " + abbreviate(sql));
                continue;
            }
            try {
                if (retry == null) {
                    journal.run(sql, ran[0]);
                } else {
                    int n = ran[0];
                    retry.run(session.connection(), step.change().table(), st, () -> journal.run(sql, n));
                }
                ran[0]++;
            } catch (LockRetry.GaveUp e) {
                journal.finish(ran[0], sql);
                throw new SyncdbException(SyncdbException.REFUSED, "stopped at step " + (i + 1) + " of " + steps.size()
                        + " '" + step.comment() + "': could not get its lock in " + e.tries + " tries, waiting at most "
                        + retry.timeout().toMillis() + " ms each: " + (e.holders.isEmpty() ? "the lock was released meanwhile"
                        : "held by " + String.join("; ", e.holders)) + "; " + aftermath(steps, i, j));
            } catch (SQLException e) {
                journal.finish(ran[0], sql);
                throw SyncdbException.error("apply failed at step " + (i + 1) + " of " + steps.size() + " '"
                        + step.comment() + "': " + Session.oneLine(e.getMessage()) + " [statement: "
                        + abbreviate(sql) + "]; " + aftermath(steps, i, j));
            }
        }
    }

    /** What stays applied: schema statements commit one by one on this database. */
    private static String aftermath(List<PlanStep> steps, int failedStep, int failedStatement) {
        if (failedStep == 0 && failedStatement == 0) {
            return "nothing was changed";
        }
        StringBuilder sb = new StringBuilder("this database cannot roll back schema changes: ");
        if (failedStep > 0) {
            sb.append(failedStep).append(" step(s) before it were applied and remain (last: '")
                    .append(steps.get(failedStep - 1).comment()).append("')");
        }
        if (failedStatement > 0) {
            sb.append(failedStep > 0 ? ", and " : "").append(failedStatement)
                    .append(" statement(s) of the failed step ran");
        }
        return sb.append("; fix the cause and run again (the next plan starts from what is there now)").toString();
    }

    private static String abbreviate(String sql) {
        String one = sql.replaceAll("\\s+", " ").strip();
        return one.length() > 160 ? one.substring(0, 157) + "..." : one;
    }
}
