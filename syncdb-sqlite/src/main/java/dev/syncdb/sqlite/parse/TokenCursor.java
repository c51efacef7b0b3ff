package dev.syncdb.sqlite.parse;

import java.util.ArrayList;
import java.util.List;

/** A read position over a token list, with the small look-ahead helpers the DDL parsers need. */
final class TokenCursor {
    private final List<SqlToken> tokens;
    private int pos;

    TokenCursor(List<SqlToken> tokens) {
        this.tokens = tokens;
    }

    boolean atEnd() {
        return pos >= tokens.size();
    }

    /** The token {@code k} places ahead, or null past the end. */
    SqlToken peek(int k) {
        return pos + k < tokens.size() ? tokens.get(pos + k) : null;
    }

    SqlToken peek() {
        return peek(0);
    }

    SqlToken next() {
        if (atEnd()) {
            throw new IllegalArgumentException("unexpected end of SQL");
        }
        return tokens.get(pos++);
    }

    /** Consumes the word {@code w} when it comes next. */
    boolean accept(String w) {
        SqlToken t = peek();
        if (t != null && t.is(w)) {
            pos++;
            return true;
        }
        return false;
    }

    /** Consumes the words in order when they all come next. */
    boolean acceptAll(String... words) {
        for (int k = 0; k < words.length; k++) {
            SqlToken t = peek(k);
            if (t == null || !t.is(words[k])) {
                return false;
            }
        }
        pos += words.length;
        return true;
    }

    boolean acceptSymbol(String s) {
        SqlToken t = peek();
        if (t != null && t.isSymbol(s)) {
            pos++;
            return true;
        }
        return false;
    }

    boolean nextIsSymbol(String s) {
        SqlToken t = peek();
        return t != null && t.isSymbol(s);
    }

    /** Reads a parenthesized group and returns the tokens inside it, without the outer parentheses. */
    List<SqlToken> group() {
        if (!acceptSymbol("(")) {
            throw new IllegalArgumentException("expected '(' at " + describe());
        }
        List<SqlToken> inside = new ArrayList<>();
        int depth = 1;
        while (true) {
            SqlToken t = next();
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")") && --depth == 0) {
                return inside;
            }
            inside.add(t);
        }
    }

    /** Splits a token list at top-level commas. */
    static List<List<SqlToken>> splitTopLevel(List<SqlToken> tokens) {
        List<List<SqlToken>> out = new ArrayList<>();
        List<SqlToken> cur = new ArrayList<>();
        int depth = 0;
        for (SqlToken t : tokens) {
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            } else if (t.isSymbol(",") && depth == 0) {
                out.add(cur);
                cur = new ArrayList<>();
                continue;
            }
            cur.add(t);
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return out;
    }

    /** Reads a possibly schema-qualified name and returns its last part. */
    String qualifiedName() {
        String n = next().name();
        while (acceptSymbol(".")) {
            n = next().name();
        }
        return n;
    }

    private String describe() {
        SqlToken t = peek();
        return t == null ? "end" : "'" + t.text() + "'";
    }
}
