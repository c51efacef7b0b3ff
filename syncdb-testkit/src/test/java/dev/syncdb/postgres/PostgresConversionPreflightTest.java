package dev.syncdb.postgres;

import dev.syncdb.model.Column;
import dev.syncdb.model.DataType;
import dev.syncdb.model.Table;
import dev.syncdb.plan.PreflightQuery;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The preflight of a text column converted to another type is exact on every PostgreSQL version:
 * before 16 (no {@code pg_input_is_valid}) it runs the step's own cast over every stored value, so
 * a value that looks right but does not convert ('2020-02-30' as a date) blocks the step, named.
 */
class PostgresConversionPreflightTest extends FreshDatabaseTest {
    private static final int BEFORE_16 = 150004;

    @Test
    void beforeSixteenAnImpossibleDateBlocksAndIsNamed() throws Exception {
        server.run(db, "CREATE TABLE items (id int PRIMARY KEY, due text);"
                + " INSERT INTO items VALUES (1, '2020-02-28'), (2, '2020-02-30'), (3, NULL);");
        PreflightQuery q = conversionToDate();
        assertThat(q.kind()).isEqualTo(PreflightQuery.Kind.QUERY);
        assertThat(q.errorBlocks()).as("a failing query means the step would fail").isTrue();
        assertThatThrownBy(() -> count(q.sql())).isInstanceOf(SQLException.class).hasMessageContaining("2020-02-30");
    }

    @Test
    void beforeSixteenValuesThatConvertPass() throws Exception {
        server.run(db, "CREATE TABLE items (id int PRIMARY KEY, due text);"
                + " INSERT INTO items VALUES (1, '2020-02-28'), (2, '2021-12-31 '), (3, NULL);");
        assertThat(count(conversionToDate().sql())).isZero();
    }

    private PreflightQuery conversionToDate() {
        Table t = PgSync.inspect(server, db).table("items").orElseThrow();
        Column from = t.columns().stream().filter(c -> c.name().equals("due")).findFirst().orElseThrow();
        return new PostgresPreflightQueries(BEFORE_16).conversion(t, from, from.withType(DataType.of("date")));
    }

    private long count(String sql) throws SQLException {
        try (Connection c = server.connect(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
