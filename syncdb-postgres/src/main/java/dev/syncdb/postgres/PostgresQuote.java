package dev.syncdb.postgres;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * PostgreSQL quoting of identifiers and string literals, the one place this dialect spells them. An identifier is double-quoted only when
 * PostgreSQL would not read it back unchanged without quotes: it has upper-case or other characters,
 * starts with a digit, or is a reserved key word.
 */
final class PostgresQuote {

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"]|\"\")+)\"");

    /** Reserved key words, including those reserved except as function or type names. */
    private static final Set<String> RESERVED = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
            "binary", "both", "case", "cast", "check", "collate", "collation", "column", "concurrently",
            "constraint", "create", "cross", "current_catalog", "current_date", "current_role",
            "current_schema", "current_time", "current_timestamp", "current_user", "default", "deferrable",
            "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign", "freeze",
            "from", "full", "grant", "group", "having", "ilike", "in", "initially", "inner", "intersect",
            "into", "is", "isnull", "join", "lateral", "leading", "left", "like", "limit", "localtime",
            "localtimestamp", "natural", "not", "notnull", "null", "offset", "on", "only", "or", "order",
            "outer", "overlaps", "placing", "primary", "references", "returning", "right", "select",
            "session_user", "similar", "some", "symmetric", "system_user", "table", "tablesample", "then",
            "to", "trailing", "true", "union", "unique", "user", "using", "variadic", "verbose", "when",
            "where", "window", "with");

    private PostgresQuote() {
    }

    /** The identifier as SQL text, quoted when needed. */
    static String ident(String name) {
        if (PLAIN.matcher(name).matches() && !RESERVED.contains(name)) {
            return name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /**
     * The raw name behind a column name as PostgreSQL prints it (pg_get_indexdef quotes it when
     * needed): a double-quoted identifier loses its quotes, any other text is returned unchanged.
     */
    static String unquote(String printed) {
        Matcher m = QUOTED.matcher(printed);
        return m.matches() ? m.group(1).replace("\"\"", "\"") : printed;
    }

    /** An identifier in double quotes, inner quotes doubled: always safe, whatever its case. */
    static String always(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** A schema-qualified name; {@code schema} null means unqualified. */
    static String qualified(String schema, String name) {
        return schema == null ? ident(name) : ident(schema) + "." + ident(name);
    }

    /** Identifiers separated by ", ". */
    static String idents(List<String> names) {
        return names.stream().map(PostgresQuote::ident).collect(Collectors.joining(", "));
    }

    /** A collation name, always double-quoted, as PostgreSQL itself prints it. */
    static String collation(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** A string literal with embedded single quotes doubled; null becomes NULL. */
    static String literal(String text) {
        return text == null ? "NULL" : "'" + text.replace("'", "''") + "'";
    }
}
