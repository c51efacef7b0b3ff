package dev.syncdb.testkit.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A dialect's round-trip suite: every scenario folder of the dialect in both directions, run by a
 * {@link ScenarioRunner}, one test case per scenario and direction. Cases known to fail are listed
 * in {@code scenarios/<dialect>/known-failures.txt} ({@code name direction: cause}); a listed case
 * must still fail, and says so when it starts passing, so the list only shrinks.
 */
public final class RoundTripSuite {
    private final String dialect;
    private final ScenarioRunner runner;
    private final Map<String, String> known;

    /** One test case: a scenario run one way, on the server named by {@code where} (may be empty). */
    public record Case(String where, Scenario scenario, Direction direction) {
        @Override
        public String toString() {
            return scenario.name() + " [" + (where.isEmpty() ? "" : where + ", ") + direction.word() + "]";
        }
    }

    public RoundTripSuite(String dialect, ScenarioDatabases dbs, ScenarioOptions options) {
        this.dialect = dialect;
        this.runner = new ScenarioRunner(dbs, options);
        this.known = knownFailures(dialect);
    }

    /** Every scenario of the dialect in both directions, at least {@code atLeast} scenarios. */
    public static List<Case> cases(String dialect, String where, int atLeast) {
        List<Scenario> scenarios = ScenarioFolders.load(dialect);
        if (scenarios.size() < atLeast && System.getProperty("syncdb.scenarios") == null) {
            throw new IllegalStateException("only " + scenarios.size() + " " + dialect + " scenarios, expected "
                    + atLeast + " or more");
        }
        List<Case> out = new ArrayList<>();
        for (Scenario s : scenarios) {
            for (Direction d : Direction.values()) {
                out.add(new Case(where, s, d));
            }
        }
        return out;
    }

    /**
     * Keeps every case when {@code -Dsyncdb.scenarios.full=true} or {@code -Dsyncdb.scenarios} is set;
     * otherwise one direction of each scenario, chosen by a stable hash of its name, so every scenario
     * runs in a build that has to stay within its time budget.
     */
    public static java.util.function.Predicate<Case> oneDirectionUnlessFull() {
        if (Boolean.getBoolean("syncdb.scenarios.full") || System.getProperty("syncdb.scenarios") != null) {
            return c -> true;
        }
        return c -> Math.floorMod(c.scenario().name().hashCode(), Direction.values().length) == c.direction().ordinal();
    }

    /** Runs the case; throws an {@link AssertionError} when it fails and is not a known failure, or passes and is. */
    public void check(Case c) {
        String listed = known.get(c.scenario().name() + " " + c.direction().word());
        ScenarioResult r = runner.run(c.scenario(), c.direction());
        if (listed == null && !r.passed()) {
            throw new AssertionError(c + ":\n" + r.failureText());
        }
        if (listed != null && r.passed()) {
            throw new AssertionError(c + " now passes: remove it from scenarios/" + dialect
                    + "/known-failures.txt (listed as: " + listed + ")");
        }
    }

    private static Map<String, String> knownFailures(String dialect) {
        Map<String, String> out = new HashMap<>();
        String path = ScenarioFolders.ROOT + "/" + dialect + "/known-failures.txt";
        try (InputStream in = RoundTripSuite.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                return out;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int colon = line.indexOf(':');
                if (!line.isBlank() && !line.startsWith("#") && colon > 0) {
                    out.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
