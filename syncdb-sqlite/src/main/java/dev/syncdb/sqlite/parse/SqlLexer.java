package dev.syncdb.sqlite.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokenizer for the SQLite SQL the inspector reads back from {@code sqlite_schema}: names
 * (bare, "double-quoted", `backticked`, [bracketed]), strings, numbers, blobs and symbols.
 * Comments and whitespace are dropped.
 */
public final class SqlLexer {
    private static final List<String> MULTI = List.of("->>", "->", "<=", ">=", "<>", "!=", "==", "||", "<<", ">>");

    private final String src;
    private int i;

    private SqlLexer(String src) {
        this.src = src;
    }

    public static List<SqlToken> tokens(String sql) {
        return new SqlLexer(sql).all();
    }

    private List<SqlToken> all() {
        List<SqlToken> out = new ArrayList<>();
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && peek(1) == '-') {
                int e = src.indexOf('\n', i);
                i = e < 0 ? n : e + 1;
            } else if (c == '/' && peek(1) == '*') {
                int e = src.indexOf("*/", i + 2);
                i = e < 0 ? n : e + 2;
            } else {
                out.add(next(c));
            }
        }
        return out;
    }

    private SqlToken next(char c) {
        int s = i;
        if ((c == 'x' || c == 'X') && peek(1) == '\'') {
            i++;
            quoted('\'');
            return new SqlToken(SqlToken.Kind.BLOB, src.substring(s, i), s, i);
        }
        if (c == '\'') {
            quoted('\'');
            return new SqlToken(SqlToken.Kind.STRING, src.substring(s, i), s, i);
        }
        if (c == '"' || c == '`') {
            quoted(c);
            return new SqlToken(SqlToken.Kind.QUOTED_NAME, src.substring(s, i), s, i);
        }
        if (c == '[') {
            int e = src.indexOf(']', i);
            i = e < 0 ? src.length() : e + 1;
            return new SqlToken(SqlToken.Kind.QUOTED_NAME, src.substring(s, i), s, i);
        }
        if (Character.isDigit(c) || (c == '.' && Character.isDigit(peek(1)))) {
            number();
            return new SqlToken(SqlToken.Kind.NUMBER, src.substring(s, i), s, i);
        }
        if (Character.isLetter(c) || c == '_' || c > 127) {
            while (i < src.length() && isWordChar(src.charAt(i))) {
                i++;
            }
            return new SqlToken(SqlToken.Kind.WORD, src.substring(s, i), s, i);
        }
        for (String m : MULTI) {
            if (src.startsWith(m, i)) {
                i += m.length();
                return new SqlToken(SqlToken.Kind.SYMBOL, m, s, i);
            }
        }
        i++;
        return new SqlToken(SqlToken.Kind.SYMBOL, String.valueOf(c), s, i);
    }

    private void quoted(char q) {
        i++;
        while (i < src.length()) {
            if (src.charAt(i) == q) {
                if (peek(1) == q) {
                    i += 2;
                    continue;
                }
                i++;
                return;
            }
            i++;
        }
    }

    private void number() {
        if (src.startsWith("0x", i) || src.startsWith("0X", i)) {
            i += 2;
        }
        while (i < src.length()) {
            char c = src.charAt(i);
            boolean exp = (c == 'e' || c == 'E') && i + 1 < src.length();
            if (exp && (src.charAt(i + 1) == '+' || src.charAt(i + 1) == '-')) {
                i += 2;
            } else if (Character.isLetterOrDigit(c) || c == '.' || c == '_') {
                i++;
            } else {
                return;
            }
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 127;
    }

    private char peek(int k) {
        return i + k < src.length() ? src.charAt(i + k) : '\0';
    }
}
