package dev.syncdb.sqlite.parse;

import java.util.Locale;

/**
 * One lexical token of SQLite SQL text: its kind, its exact text, and where it starts and ends in
 * the source (so a caller can cut the original text between two tokens).
 */
public record SqlToken(Kind kind, String text, int start, int end) {

    /** What a token is. */
    public enum Kind { WORD, QUOTED_NAME, STRING, NUMBER, BLOB, SYMBOL }

    /** Whether this is the bare word {@code w} (case-insensitive); quoted names never match. */
    public boolean is(String w) {
        return kind == Kind.WORD && text.equalsIgnoreCase(w);
    }

    public boolean isSymbol(String s) {
        return kind == Kind.SYMBOL && text.equals(s);
    }

    /** Whether the token can name something (a bare word or a quoted name). */
    public boolean isName() {
        return kind == Kind.WORD || kind == Kind.QUOTED_NAME || kind == Kind.STRING;
    }

    /** The name this token denotes: quotes removed and doubled quotes undone. */
    public String name() {
        if (kind == Kind.QUOTED_NAME || kind == Kind.STRING) {
            char q = text.charAt(0);
            if (q == '[') {
                return text.substring(1, text.length() - 1);
            }
            String inner = text.substring(1, text.length() - 1);
            return inner.replace(String.valueOf(q) + q, String.valueOf(q));
        }
        return text;
    }

    public String upper() {
        return text.toUpperCase(Locale.ROOT);
    }
}
