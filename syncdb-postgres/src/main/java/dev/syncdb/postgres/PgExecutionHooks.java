package dev.syncdb.postgres;

import dev.syncdb.dialect.ExecutionHooks;
import dev.syncdb.plan.Plan;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What PostgreSQL needs around the transaction that applies a plan: routine bodies are not checked
 * while it runs ({@code check_function_bodies} off, as pg_dump restores do). A plain SQL routine's
 * body may read tables the plan creates later (and a table's default may call that routine), which
 * the catalog records no dependency for; the desired schema's bodies were checked when it was built
 * in the scratch place, so nothing goes unchecked. The setting is restored after the transaction.
 */
final class PgExecutionHooks implements ExecutionHooks {

    @Override
    public void beforeTransaction(Connection c, Plan plan) throws SQLException {
        run(c, "SET check_function_bodies = off");
    }

    @Override
    public void afterTransaction(Connection c, Plan plan) throws SQLException {
        run(c, "RESET check_function_bodies");
    }

    private static void run(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
