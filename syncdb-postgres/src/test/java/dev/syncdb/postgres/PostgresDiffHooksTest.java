package dev.syncdb.postgres;

import dev.syncdb.diff.TypeChangeKind;
import dev.syncdb.model.DataType;
import org.junit.jupiter.api.Test;

import static dev.syncdb.diff.TypeChangeKind.CAST;
import static dev.syncdb.diff.TypeChangeKind.NARROWING;
import static dev.syncdb.diff.TypeChangeKind.WIDENING;
import static org.assertj.core.api.Assertions.assertThat;

/** Type-change classification on DataTypes shaped as the PostgreSQL inspector builds them. */
class PostgresDiffHooksTest {
    private final PostgresDiffHooks hooks = new PostgresDiffHooks();

    @Test
    void integerWidthsAndIntegersIntoNumeric() {
        assertThat(kind(plain("integer"), plain("bigint"))).isEqualTo(WIDENING);
        assertThat(kind(plain("smallint"), plain("integer"))).isEqualTo(WIDENING);
        assertThat(kind(plain("bigint"), plain("integer"))).isEqualTo(NARROWING);
        assertThat(kind(plain("integer"), plain("numeric"))).isEqualTo(WIDENING);
        assertThat(kind(plain("integer"), numeric(12, 2))).isEqualTo(WIDENING);
        assertThat(kind(plain("bigint"), numeric(12, 2))).isEqualTo(NARROWING);
        assertThat(kind(numeric(12, 0), plain("bigint"))).isEqualTo(NARROWING);
    }

    @Test
    void characterTypes() {
        assertThat(kind(varchar(50), varchar(100))).isEqualTo(WIDENING);
        assertThat(kind(varchar(100), varchar(50))).isEqualTo(NARROWING);
        assertThat(kind(varchar(100), plain("text"))).isEqualTo(WIDENING);
        assertThat(kind(plain("text"), varchar(100))).isEqualTo(NARROWING);
        assertThat(kind(varchar(10), new DataType("character varying", "character varying", null, null, null, false)))
                .isEqualTo(WIDENING);
    }

    @Test
    void numericPrecisionAndScale() {
        assertThat(kind(numeric(10, 2), numeric(12, 2))).isEqualTo(WIDENING);
        assertThat(kind(numeric(10, 2), numeric(12, 4))).isEqualTo(WIDENING);
        assertThat(kind(numeric(12, 2), numeric(10, 2))).isEqualTo(NARROWING);
        assertThat(kind(numeric(10, 2), numeric(10, 4))).isEqualTo(NARROWING);
        assertThat(kind(numeric(10, 2), plain("numeric"))).isEqualTo(WIDENING);
        assertThat(kind(plain("numeric"), numeric(10, 2))).isEqualTo(NARROWING);
    }

    @Test
    void floatsTimesArraysAndUnrelatedTypes() {
        assertThat(kind(plain("real"), plain("double precision"))).isEqualTo(WIDENING);
        assertThat(kind(plain("double precision"), plain("real"))).isEqualTo(NARROWING);
        DataType ts3 = new DataType("timestamp(3) without time zone", "timestamp without time zone", null, 3, null, false);
        DataType ts = new DataType("timestamp without time zone", "timestamp without time zone", null, null, null, false);
        assertThat(kind(ts3, ts)).isEqualTo(WIDENING);
        assertThat(kind(ts, ts3)).isEqualTo(NARROWING);
        DataType intArray = new DataType("integer[]", "integer", null, null, null, true);
        DataType bigArray = new DataType("bigint[]", "bigint", null, null, null, true);
        assertThat(kind(intArray, bigArray)).isEqualTo(WIDENING);
        assertThat(kind(plain("integer"), bigArray)).isEqualTo(CAST);
        assertThat(kind(plain("text"), plain("timestamp with time zone"))).isEqualTo(CAST);
        assertThat(kind(plain("json"), plain("jsonb"))).isEqualTo(CAST);
    }

    private TypeChangeKind kind(DataType from, DataType to) {
        return hooks.classifyTypeChange(from, to);
    }

    private static DataType plain(String name) {
        return new DataType(name, name, null, null, null, false);
    }

    private static DataType varchar(int n) {
        return new DataType("character varying(" + n + ")", "character varying", n, null, null, false);
    }

    private static DataType numeric(int p, int s) {
        return new DataType("numeric(" + p + "," + s + ")", "numeric", null, p, s, false);
    }
}
