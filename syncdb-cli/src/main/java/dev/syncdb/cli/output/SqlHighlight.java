package dev.syncdb.cli.output;

import dev.syncdb.cli.diagram.Xml;
import dev.syncdb.sql.QuotedText;

import java.util.Locale;
import java.util.Set;

/**
 * SQL as HTML with its parts marked for colour: keywords ({@code <span class="k">}), string literals
 * and dollar-quoted bodies ({@code s}), quoted identifiers ({@code i}), numbers ({@code n}) and
 * comments ({@code c}). Every piece of the text is HTML-escaped; a lexer of a few rules, not a parser.
 */
public final class SqlHighlight {
    private static final Set<String> KEYWORDS = Set.of("ADD", "ALTER", "ALWAYS", "AND", "AS", "ASC", "BEGIN", "BY",
            "CASCADE", "CASE", "CHECK", "COLLATE", "COLUMN", "COMMENT", "COMMIT", "CONSTRAINT", "CREATE", "DATA", "DEFAULT",
            "DEFERRABLE", "DELETE", "DESC", "DISTINCT", "DROP", "ELSE", "END", "ENUM", "EXISTS", "EXTENSION", "FOREIGN",
            "FROM", "FUNCTION", "GENERATED", "GRANT", "GROUP", "IDENTITY", "IF", "IN", "INDEX", "INSERT", "INTO", "IS",
            "JOIN", "KEY", "LIKE", "LIMIT", "MODIFY", "NOT", "NULL", "ON", "OR", "ORDER", "OWNED", "PRAGMA", "PRIMARY",
            "REFERENCES", "RENAME", "REPLACE", "RESTRICT", "RETURNS", "REVOKE", "ROWID", "SCHEMA", "SELECT", "SEQUENCE",
            "SET", "TABLE", "THEN", "TO", "TRIGGER", "TYPE", "UNIQUE", "UPDATE", "USING", "VALUES", "VIEW", "WHEN",
            "WHERE", "WITH", "WITHOUT");

    private SqlHighlight() {
    }

    public static String html(String sql) {
        StringBuilder out = new StringBuilder(sql.length() * 2);
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            int end;
            String cls;
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                end = lineEnd(sql, i);
                cls = "c";
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                end = close < 0 ? n : close + 2;
                cls = "c";
            } else if (c == '\'') {
                end = QuotedText.end(sql, i);
                cls = "s";
            } else if (c == '"' || c == '`') {
                end = QuotedText.end(sql, i);
                cls = "i";
            } else if (c == '$' && dollarTag(sql, i) != null) {
                String tag = dollarTag(sql, i);
                int close = sql.indexOf(tag, i + tag.length());
                end = close < 0 ? n : close + tag.length();
                cls = "s";
            } else if (Character.isDigit(c)) {
                end = i;
                while (end < n && (Character.isDigit(sql.charAt(end)) || sql.charAt(end) == '.')) {
                    end++;
                }
                cls = "n";
            } else if (Character.isLetter(c) || c == '_') {
                end = i;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_' || sql.charAt(end) == '$')) {
                    end++;
                }
                cls = KEYWORDS.contains(sql.substring(i, end).toUpperCase(Locale.ROOT)) ? "k" : null;
            } else {
                end = i + 1;
                cls = null;
            }
            String text = Xml.escape(sql.substring(i, end));
            out.append(cls == null ? text : "<span class=\"" + cls + "\">" + text + "</span>");
            i = end;
        }
        return out.toString();
    }

    private static int lineEnd(String s, int from) {
        int nl = s.indexOf('\n', from);
        return nl < 0 ? s.length() : nl;
    }

    /** The dollar-quote tag ({@code $$}, {@code $body$}) starting at {@code from}, or null. */
    private static String dollarTag(String s, int from) {
        int i = from + 1;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '$' && (i == from + 1 || !Character.isDigit(s.charAt(from + 1)))) {
            return s.substring(from, i + 1);
        }
        return null;
    }
}
