package dev.syncdb.sqlite;

import dev.syncdb.model.Column;
import dev.syncdb.model.Table;
import dev.syncdb.plan.PreflightQuery;
import dev.syncdb.plan.StandardPreflightQueries;

import java.util.Locale;

/**
 * The SQLite preflight queries. Declared lengths are not enforced and, outside STRICT tables, a
 * value keeps its content whatever the column's type (conversion by type affinity is lossless), so
 * type changes only need a check in STRICT tables, where a value that does not fit the new type is
 * rejected.
 */
final class SqlitePreflightQueries extends StandardPreflightQueries {
    static final String AFFINITY = "SQLite converts values by type affinity and keeps any value that does not"
            + " convert as it is: nothing is lost or rejected";

    @Override
    protected String quote(String identifier) {
        return SqliteQuote.ident(identifier);
    }

    @Override
    protected String literal(String text) {
        return SqliteQuote.literal(text);
    }

    @Override
    public PreflightQuery narrowing(Table t, Column from, Column to) {
        return PreflightQuery.clear("SQLite does not enforce declared lengths or precisions: no value of "
                + t.name() + "." + from.name() + " is cut or rejected");
    }

    @Override
    public PreflightQuery conversion(Table t, Column from, Column to) {
        if (!"true".equals(t.options().get(SqliteDiffHooks.STRICT))) {
            return PreflightQuery.clear(AFFINITY + " (" + t.name() + " is not STRICT)");
        }
        String c = quote(from.name());
        String rejected = rejected(c, to.type().sql().toUpperCase(Locale.ROOT));
        if (rejected == null) {
            return PreflightQuery.clear("every value fits " + to.type().sql() + " in a STRICT table");
        }
        return PreflightQuery.of(counted(text(c), table(t), c + " IS NOT NULL AND (" + rejected + ")"));
    }

    /** A condition true for values of {@code c} a STRICT column of {@code type} rejects; null = none. */
    private static String rejected(String c, String type) {
        String text = "typeof(" + c + ") = 'text'";
        String blob = "typeof(" + c + ") = 'blob'";
        return switch (type) {
            case "INT", "INTEGER" -> blob + " OR (" + text + " AND CAST(CAST(" + c + " AS INTEGER) AS TEXT) <> trim(" + c + "))"
                    + " OR (typeof(" + c + ") = 'real' AND " + c + " <> CAST(" + c + " AS INTEGER))";
            case "REAL" -> blob + " OR (" + text + " AND (trim(" + c + ") NOT GLOB '*[0-9]*' OR trim(" + c
                    + ") GLOB '*[^0-9.eE+-]*'))";
            case "TEXT" -> blob;
            case "BLOB" -> "typeof(" + c + ") <> 'blob'";
            default -> null;
        };
    }
}
