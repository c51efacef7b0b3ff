package dev.syncdb.sqlite.parse;

import java.util.List;

/**
 * The canonical spelling of an SQL fragment: its tokens joined by single spaces, without spaces
 * inside parentheses, before commas, or around dots. Two texts that differ only in layout get the
 * same spelling; spelling a spelled text again changes nothing.
 */
public final class SqlText {

    private SqlText() {
    }

    public static String canonical(String sql) {
        return sql == null ? null : canonical(SqlLexer.tokens(sql));
    }

    public static String canonical(List<SqlToken> tokens) {
        StringBuilder b = new StringBuilder();
        SqlToken prev = null;
        for (SqlToken t : tokens) {
            if (prev != null && spaced(prev, t)) {
                b.append(' ');
            }
            b.append(t.text());
            prev = t;
        }
        return b.toString();
    }

    private static boolean spaced(SqlToken prev, SqlToken t) {
        if (prev.isSymbol("(") || prev.isSymbol(".") || t.isSymbol(")") || t.isSymbol(",") || t.isSymbol(".")) {
            return false;
        }
        return !(t.isSymbol("(") && prev.kind() == SqlToken.Kind.WORD && !isKeywordBeforeParen(prev));
    }

    /** Words after which "(" starts a group rather than a call's argument list ("IN (", "AND ("). */
    private static boolean isKeywordBeforeParen(SqlToken w) {
        return switch (w.upper()) {
            case "IN", "AND", "OR", "NOT", "AS", "EXISTS", "WHEN", "THEN", "ELSE", "ON", "WHERE", "SELECT",
                 "BETWEEN", "IS", "CASE", "FROM", "JOIN", "USING", "VALUES", "LIKE", "GLOB", "BY" -> true;
            default -> false;
        };
    }
}
