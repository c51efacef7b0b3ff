package dev.syncdb.postgres;

import dev.syncdb.model.CheckConstraint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two forms PostgreSQL 15 printed for the same IN list (taken from {@code pg_get_constraintdef}:
 * once created from {@code s IN (...)}, once re-created from that printed text).
 */
class PgCheckTextTest {
    private static final String FROM_SOURCE = "(((s)::text = ANY ((ARRAY['it''s'::character varying, 'x,y'::character varying,"
            + " '[z]'::character varying])::text[])))";
    private static final String FROM_PRINTED = "(((s)::text = ANY (ARRAY[('it''s'::character varying)::text,"
            + " ('x,y'::character varying)::text, ('[z]'::character varying)::text])))";

    @Test
    void arrayCastIsPushedIntoTheElements() {
        assertThat(PgCheckText.canonical(FROM_SOURCE)).isEqualTo(FROM_PRINTED);
        assertThat(PgCheckText.canonical(FROM_PRINTED)).isEqualTo(FROM_PRINTED);
    }

    @Test
    void notInAndSeveralListsInOneExpression() {
        assertThat(PgCheckText.canonical("(((n)::text <> ALL ((ARRAY['A'::character varying, 'B'::character varying])::text[])))"))
                .isEqualTo("(((n)::text <> ALL (ARRAY[('A'::character varying)::text, ('B'::character varying)::text])))");
        assertThat(PgCheckText.canonical("((((s)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[]))"
                + " AND ((n)::text = ANY ((ARRAY['C'::character varying])::text[]))))"))
                .isEqualTo("((((s)::text = ANY (ARRAY[('A'::character varying)::text, ('B'::character varying)::text]))"
                        + " AND ((n)::text = ANY (ARRAY[('C'::character varying)::text]))))");
    }

    @Test
    void leavesOtherExpressionsAlone() {
        for (String e : new String[] {"((c = ANY (ARRAY['A'::text, 'B'::text])))", "(((p >= 0) AND (p <= 3)))",
                "((x = '(ARRAY[1])::text[]'::text))", "(((ARRAY[1, 2])::text <> ''::text))", "(price > (0)::numeric) NOT VALID"}) {
            assertThat(PgCheckText.canonical(e)).isEqualTo(e);
        }
    }

    @Test
    void sqlKeepsTheCastOnTheWholeArray() {
        assertThat(PgCheckText.forSql(FROM_SOURCE)).isEqualTo("(((s)::text = ANY ((ARRAY['it''s'::character varying,"
                + " 'x,y'::character varying, '[z]'::character varying]::character varying[])::text[])))");
        assertThat(PgCheckText.forSql(FROM_PRINTED)).isEqualTo(FROM_PRINTED);
        String mixed = "(((n)::text <> ALL ((ARRAY['A'::character varying(10), 'B'::character varying])::text[])))";
        assertThat(PgCheckText.forSql(mixed)).isEqualTo(mixed);
        String columns = "((s)::text = ANY ((ARRAY[a, b])::text[]))";
        assertThat(PgCheckText.forSql(columns)).isEqualTo(columns);
    }

    @Test
    void hooksCompareTheCanonicalForms() {
        PostgresDiffHooks hooks = new PostgresDiffHooks();
        assertThat(hooks.sameCheck(new CheckConstraint("t_s_check", FROM_SOURCE), new CheckConstraint("t_s_check", FROM_PRINTED)))
                .isTrue();
        assertThat(hooks.sameCheck(new CheckConstraint("t_s_check", FROM_SOURCE),
                new CheckConstraint("t_s_check", FROM_PRINTED.replace("'x,y'", "'x'")))).isFalse();
        assertThat(hooks.sameCheck(new CheckConstraint("a", FROM_SOURCE), new CheckConstraint("b", FROM_SOURCE))).isFalse();
    }
}
