package dev.syncdb.postgres;

import dev.syncdb.model.DataType;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The format checks used before PostgreSQL 16 agree with {@code pg_input_is_valid} (PostgreSQL 16+)
 * on real values, for each target type they cover.
 */
class PgPreflightBefore16Test {
    private static final String VALUES = "INSERT INTO v VALUES ('12'), (' -7 '), ('1.5'), ('abc'), ('3000000000'), ('40000'),"
            + " ('true'), ('off'), ('maybe'), ('2024-02-01'), ('2024-13-01'), ('2024-02-01 10:30:00'),"
            + " ('2024-02-01T10:30:00.5+02:00'), ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'), ('a0eebc999c0b4ef8bb6d6bb9bd380a11'),"
            + " ('{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}'), ('g0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'), ('1e5'), ('.5'), ('NaN')";

    @Test
    void formatChecksMatchInputValidity() throws SQLException {
        PgServer pg = PgServers.embedded();
        String db = pg.freshDatabase();
        try {
            pg.run(db, "CREATE TABLE v (t text); " + VALUES);
            for (String type : List.of("smallint", "integer", "bigint", "numeric", "boolean", "uuid", "date",
                    "timestamp without time zone", "timestamp with time zone")) {
                DataType to = new DataType(type, type, null, null, null, false);
                String regex = count(pg, db, "SELECT string_agg(t, '|' ORDER BY t) FROM v WHERE " + PgInputFormats.invalid("t", to));
                String exact = count(pg, db, "SELECT string_agg(t, '|' ORDER BY t) FROM v WHERE NOT pg_input_is_valid(t, '" + type + "')");
                assertThat(regex).as(type).isEqualTo(exact);
            }
        } finally {
            pg.dropDatabase(db);
        }
    }

    private static String count(PgServer pg, String db, String sql) throws SQLException {
        try (Connection c = pg.connect(db); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
