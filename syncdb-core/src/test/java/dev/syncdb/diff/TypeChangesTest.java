package dev.syncdb.diff;

import dev.syncdb.model.DataType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TypeChangesTest {

    private static DataType varchar(Integer n) {
        return new DataType(n == null ? "character varying" : "character varying(" + n + ")", "character varying", n, null, null, false);
    }

    private static DataType numeric(int p, int s) {
        return new DataType("numeric(" + p + "," + s + ")", "numeric", null, p, s, false);
    }

    @Test
    void textWidensAndNarrows() {
        assertThat(TypeChanges.classify(varchar(100), varchar(255))).isEqualTo(TypeChangeKind.WIDENING);
        assertThat(TypeChanges.classify(varchar(255), varchar(50))).isEqualTo(TypeChangeKind.NARROWING);
        assertThat(TypeChanges.classify(varchar(50), DataType.of("text"))).isEqualTo(TypeChangeKind.WIDENING);
        assertThat(TypeChanges.classify(DataType.of("text"), varchar(50))).isEqualTo(TypeChangeKind.NARROWING);
    }

    @Test
    void integersAndNumerics() {
        assertThat(TypeChanges.classify(DataType.of("integer"), DataType.of("bigint"))).isEqualTo(TypeChangeKind.WIDENING);
        assertThat(TypeChanges.classify(DataType.of("bigint"), DataType.of("smallint"))).isEqualTo(TypeChangeKind.NARROWING);
        assertThat(TypeChanges.classify(numeric(10, 2), numeric(12, 2))).isEqualTo(TypeChangeKind.WIDENING);
        assertThat(TypeChanges.classify(numeric(10, 2), numeric(10, 3))).isEqualTo(TypeChangeKind.NARROWING);
    }

    @Test
    void unrelatedTypesAreCasts() {
        assertThat(TypeChanges.classify(DataType.of("text"), DataType.of("timestamp without time zone")))
                .isEqualTo(TypeChangeKind.CAST);
        assertThat(TypeChanges.classify(DataType.of("integer"), DataType.of("text"))).isEqualTo(TypeChangeKind.CAST);
    }
}
