package dev.syncdb.postgres;

import dev.syncdb.model.Column;
import dev.syncdb.model.Table;
import dev.syncdb.plan.PreflightQuery;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conversion check used before PostgreSQL 16 (the cast itself over every value) refuses exactly
 * the values {@code pg_input_is_valid} (PostgreSQL 16+) rejects, value by value, for each target type.
 */
class PgPreflightBefore16Test extends FreshDatabaseTest {
    private static final List<String> VALUES = List.of("12", " -7 ", "1.5", "abc", "3000000000", "40000", "true", "off",
            "maybe", "2024-02-01", "2024-13-01", "2020-02-30", "2024-02-01 10:30:00", "2024-02-01T10:30:00.5+02:00",
            "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "a0eebc999c0b4ef8bb6d6bb9bd380a11", "g0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11",
            "1e5", ".5", "NaN", "192.168.0.1", "01/02/2024");
    private static final List<String> TYPES = List.of("smallint", "integer", "bigint", "numeric", "boolean", "uuid", "date",
            "timestamp without time zone", "timestamp with time zone", "inet", "jsonb");

    @Test
    void theCastRefusesExactlyWhatInputValidityRejects() throws SQLException {
        server.run(db, "CREATE TABLE v (t text)");
        Table t = Table.builder("v").column(Column.of("t", "text")).build();
        List<String> disagreements = new ArrayList<>();
        try (Connection c = server.connect(db); Statement st = c.createStatement()) {
            for (String value : VALUES) {
                st.execute("TRUNCATE v; INSERT INTO v VALUES (" + PostgresQuote.literal(value) + ")");
                for (String type : TYPES) {
                    PreflightQuery q = new PostgresPreflightQueries(150004).conversion(t, t.columns().get(0), Column.of("t", type));
                    boolean refused = fails(st, q.sql());
                    boolean invalid = !valid(st, "SELECT pg_input_is_valid(" + PostgresQuote.literal(value) + ", '" + type + "')");
                    if (refused != invalid) {
                        disagreements.add(type + " '" + value + "': cast " + (refused ? "fails" : "passes"));
                    }
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    private static boolean fails(Statement st, String sql) {
        try (ResultSet rs = st.executeQuery(sql)) {
            return !rs.next();
        } catch (SQLException e) {
            return true;
        }
    }

    private static boolean valid(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
