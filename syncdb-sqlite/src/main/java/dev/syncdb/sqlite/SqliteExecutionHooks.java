package dev.syncdb.sqlite;

import dev.syncdb.diff.SchemaChange.DropTable;
import dev.syncdb.diff.SchemaChange.RebuildTable;
import dev.syncdb.dialect.ExecutionHooks;
import dev.syncdb.plan.Plan;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * What SQLite needs around a plan that rebuilds or drops tables: foreign-key enforcement is turned
 * off before the transaction (SQLite ignores the pragma inside one), so that DROP TABLE deletes no
 * row of this or any other table through ON DELETE CASCADE; before commit {@code PRAGMA
 * foreign_key_check} must find no violation the database did not already have (else the apply
 * rolls back); afterwards the previous settings come back. One instance serves one plan execution.
 */
public final class SqliteExecutionHooks implements ExecutionHooks {
    private final boolean always;
    private boolean active;
    private boolean foreignKeysWereOn;
    private Map<String, Integer> violationsBefore = Map.of();

    public SqliteExecutionHooks() {
        this(false);
    }

    /** {@code always}: act whatever the plan holds (a migration script, whose content no plan describes). */
    public SqliteExecutionHooks(boolean always) {
        this.always = always;
    }

    @Override
    public void beforeTransaction(Connection c, Plan plan) throws SQLException {
        active = always || plan.steps().stream().anyMatch(s -> s.change() instanceof RebuildTable || s.change() instanceof DropTable);
        if (!active) {
            return;
        }
        foreignKeysWereOn = pragma(c, "foreign_keys") == 1;
        execute(c, "PRAGMA foreign_keys = OFF");
        violationsBefore = violations(c);
    }

    @Override
    public void beforeCommit(Connection c, Plan plan) throws SQLException {
        if (!active) {
            return;
        }
        for (Map.Entry<String, Integer> e : violations(c).entrySet()) {
            int before = violationsBefore.getOrDefault(e.getKey(), 0);
            if (e.getValue() > before) {
                throw new SQLException("foreign key check failed: " + (e.getValue() - before) + " row(s) of "
                        + e.getKey() + " would point to no row");
            }
        }
    }

    @Override
    public void afterTransaction(Connection c, Plan plan) throws SQLException {
        if (active) {
            execute(c, "PRAGMA legacy_alter_table = OFF");
            execute(c, "PRAGMA foreign_keys = " + (foreignKeysWereOn ? "ON" : "OFF"));
            active = false;
        }
    }

    /** Violations by "table -> parent", counted. */
    private static Map<String, Integer> violations(Connection c) throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
            while (rs.next()) {
                out.merge("table " + rs.getString(1) + " -> " + rs.getString(3), 1, Integer::sum);
            }
        }
        return out;
    }

    private static int pragma(Connection c, String name) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
