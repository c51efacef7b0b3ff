package dev.syncdb.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the duration estimates of an online plan against the real durations: every statement of the
 * plan's JSON that has an {@code estimateSeconds} is run on its own (autocommit) and timed; the real
 * duration must lie within {@link #FACTOR} of the estimate either way. The estimates come from rates
 * measured on a busy 2-core machine (docs/performance.md), and the same statements ran up to 6.5 times
 * faster on the idle machine, so the factor is wide; what it catches is a rate off by more than an order
 * of magnitude.
 */
final class OnlineEstimates {
    static final double FACTOR = 10;

    private OnlineEstimates() {
    }

    /** One timed statement: its SQL, the plan's estimate and the real duration, in seconds. */
    record Timed(String sql, double estimate, double actual) {
        @Override
        public String toString() {
            return String.format("%.2f s estimated, %.2f s real: %s", estimate, actual, sql);
        }
    }

    /** Runs the plan's statements in order on {@code c}, timing those with an estimate; returns them. */
    static List<Timed> run(String planJson, Connection c) throws Exception {
        JsonNode root = new ObjectMapper().readTree(planJson);
        List<Timed> out = new ArrayList<>();
        for (JsonNode step : root.get("steps")) {
            JsonNode sql = step.get("sql");
            JsonNode locks = step.get("locks");
            for (int i = 0; i < sql.size(); i++) {
                JsonNode lock = locks == null ? null : locks.get(i);
                long t0 = System.nanoTime();
                execute(c, sql.get(i).asText());
                double took = (System.nanoTime() - t0) / 1e9;
                if (lock != null && lock.has("estimateSeconds")) {
                    out.add(new Timed(sql.get(i).asText(), lock.get("estimateSeconds").asDouble(), took));
                }
            }
        }
        return out;
    }

    /** Asserts that each real duration is within {@link #FACTOR} of its estimate. */
    static void assertWithinFactor(List<Timed> timed, int expected) {
        timed.forEach(t -> System.out.println("online estimate: " + t));
        assertThat(timed).hasSize(expected);
        for (Timed t : timed) {
            assertThat(t.actual()).as(t.toString()).isBetween(t.estimate() / FACTOR, t.estimate() * FACTOR);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
