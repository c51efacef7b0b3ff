package dev.syncdb.plan;

/**
 * One read-only preflight query, or the reason none is run. A query returns at most five rows of
 * two columns: a count and a sample text (see {@link PreflightQueries} for what each check counts).
 * {@code errorBlocks} is true when the query failing means the step itself would fail (it evaluates
 * the step's own conversion); otherwise an error only means the check could not be made.
 */
public record PreflightQuery(Kind kind, String sql, String note, boolean errorBlocks) {

    /** Whether a query runs, or why not. */
    public enum Kind {
        /** Run {@code sql}. */
        QUERY,
        /** Nothing can fail: {@code note} says why (e.g. SQLite converts by type affinity). */
        CLEAR,
        /** This dialect or server cannot check it: {@code note} says what is not checked. */
        UNCHECKED
    }

    public static PreflightQuery of(String sql) {
        return new PreflightQuery(Kind.QUERY, sql, null, false);
    }

    /** A query that evaluates the step's own expression: if it fails, so would the step. */
    public static PreflightQuery evaluating(String sql) {
        return new PreflightQuery(Kind.QUERY, sql, null, true);
    }

    public static PreflightQuery clear(String note) {
        return new PreflightQuery(Kind.CLEAR, null, note, false);
    }

    public static PreflightQuery unchecked(String note) {
        return new PreflightQuery(Kind.UNCHECKED, null, note, false);
    }
}
