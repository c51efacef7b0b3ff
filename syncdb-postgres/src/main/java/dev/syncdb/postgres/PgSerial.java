package dev.syncdb.postgres;

import dev.syncdb.model.Column;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turning a serial column (a default of {@code nextval('seq'::regclass)}) into an identity column:
 * the old sequence is renamed out of the way so the identity's own sequence gets the usual name,
 * the identity continues where the old sequence was, and the old sequence is dropped.
 */
final class PgSerial {
    private static final Pattern NEXTVAL = Pattern.compile("^nextval\\('(.+)'::regclass\\)$");
    private static final String OLD_SUFFIX = "__serial_old";

    private PgSerial() {
    }

    /** The sequence a serial column draws from, as SQL text, or null when the column is not serial. */
    static String sequence(Column c) {
        if (c.defaultExpr() == null) {
            return null;
        }
        Matcher m = NEXTVAL.matcher(c.defaultExpr());
        return m.matches() ? m.group(1).replace("''", "'") : null;
    }

    /** Frees the column from the old sequence (so the identity's is the one it owns) and its name. */
    static List<String> renameAway(String sequence) {
        return List.of("ALTER SEQUENCE " + sequence + " OWNED BY NONE",
                "ALTER SEQUENCE " + sequence + " RENAME TO " + PostgresQuote.ident(bareName(sequence) + OLD_SUFFIX));
    }

    /** Moves the identity's sequence to where the old one was, then drops the old one. */
    static List<String> carryOver(String table, String column, String sequence) {
        String old = qualifier(sequence) + PostgresQuote.ident(bareName(sequence) + OLD_SUFFIX);
        String identitySeq = "pg_get_serial_sequence(" + PostgresQuote.literal(PostgresQuote.ident(table)) + ", "
                + PostgresQuote.literal(column) + ")";
        return List.of("SELECT setval(" + identitySeq + ", last_value, is_called) FROM " + old,
                "DROP SEQUENCE " + old);
    }

    private static String bareName(String sequence) {
        String last = sequence.substring(sequence.lastIndexOf('.') + 1);
        return PostgresQuote.unquote(last);
    }

    private static String qualifier(String sequence) {
        int dot = sequence.lastIndexOf('.');
        return dot < 0 ? "" : sequence.substring(0, dot + 1);
    }
}
