package dev.syncdb.testkit.scenario;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.engine.session.Session;
import dev.syncdb.model.Schema;
import dev.syncdb.testkit.scenario.ScenarioDatabases.RejectedSqlException;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;

/**
 * Runs scenarios on one dialect's databases, the same way for the round-trip suites and the corpus:
 * two fresh databases, one loaded with {@code current} (and the scenario's rows), one with
 * {@code desired}; each one a direction ends at is read first (catalog lines, and syncdb's inspection
 * when compared). Up applies {@code desired} to the first, down applies {@code current} to the
 * second; each direction is then judged by {@link DirectionCheck}. A scenario with rows runs down on the first database after
 * up, so the rows travel back too. The databases made are recorded in {@code handles} so a caller
 * that gives up on a hung run can drop them from outside.
 */
public final class ScenarioRunner {
    private final ScenarioDatabases dbs;
    private final ScenarioOptions options;

    public ScenarioRunner(ScenarioDatabases dbs, ScenarioOptions options) {
        this.dbs = dbs;
        this.options = options;
    }

    /** Runs both directions. */
    public ScenarioResult run(Scenario s) {
        return run(s, EnumSet.allOf(Direction.class), new ArrayList<>());
    }

    /** Runs one direction (for a scenario with rows, down needs up first; only down is reported then). */
    public ScenarioResult run(Scenario s, Direction only) {
        return run(s, EnumSet.of(only), new ArrayList<>());
    }

    /** Runs the given directions, recording each database made in {@code handles}. */
    public ScenarioResult run(Scenario s, Set<Direction> directions, List<String> handles) {
        String a = create(handles);
        String b = create(handles);
        try {
            String rejected = loadBoth(s, a, b);
            if (rejected != null) {
                return ScenarioResult.rejected(rejected);
            }
            Target current = directions.contains(Direction.DOWN) ? read(a) : null;
            Target desired = directions.contains(Direction.UP) || s.hasData() ? read(b) : null;
            DirectionCheck check = new DirectionCheck(dbs, options);
            List<DirectionResult> results = new ArrayList<>();
            DirectionResult up = null;
            if (directions.contains(Direction.UP) || s.hasData()) {
                up = check.run(Direction.UP, s, a, desired);
                if (directions.contains(Direction.UP)) {
                    results.add(up);
                }
            }
            if (directions.contains(Direction.DOWN)) {
                results.add(down(check, s, up, s.hasData() ? a : b, current));
            }
            return new ScenarioResult(null, results);
        } finally {
            dbs.drop(a);
            dbs.drop(b);
        }
    }

    private static DirectionResult down(DirectionCheck check, Scenario s, DirectionResult up, String db, Target current) {
        if (s.hasData() && !up.passed()) {
            return DirectionResult.failed(Direction.DOWN, "not run: the way up failed first, and its rows start down",
                    "not run: the way up failed first (" + up.message() + ")");
        }
        return check.run(Direction.DOWN, s, db, current);
    }

    private String create(List<String> handles) {
        String h = dbs.create();
        handles.add(h);
        return h;
    }

    /** Loads current and the rows into a, desired into b; the database's message when it refuses either. */
    private String loadBoth(Scenario s, String a, String b) {
        try {
            dbs.load(a, s.current());
        } catch (RejectedSqlException e) {
            return "current: " + Messages.firstLine(e.getMessage());
        }
        try {
            dbs.load(b, s.desired());
        } catch (RejectedSqlException e) {
            return "desired: " + Messages.firstLine(e.getMessage());
        }
        try {
            dbs.load(a, s.data());
        } catch (RejectedSqlException e) {
            return "data: " + Messages.firstLine(e.getMessage());
        }
        return null;
    }

    /** What a direction must end up matching: a database built from the target SQL directly, read before any change. */
    private Target read(String handle) {
        SortedSet<String> catalog;
        try {
            catalog = options.catalog() == null ? dbs.columns(handle) : options.catalog().read(handle);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the catalog of " + handle + ": " + e.getMessage(), e);
        }
        return new Target(catalog, options.compareInspected() ? inspect(dbs.url(handle)) : null);
    }

    static Schema inspect(String url) {
        try (Session s = Session.open(DatabaseUrl.parse(url), null, false)) {
            return s.inspect();
        }
    }

    /** A database built from SQL directly, as read before any change: its catalog lines and syncdb's inspection (or null). */
    record Target(SortedSet<String> catalog, Schema schema) {
    }
}
