package dev.syncdb.postgres;

import dev.syncdb.sql.QuotedText;

import java.util.ArrayList;
import java.util.List;

/**
 * The fixed point of PostgreSQL's printing of an expression over an array literal. For
 * {@code status IN ('A', 'B')} on a varchar column PostgreSQL stores a cast of the whole array and
 * prints {@code (status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[])};
 * read back, that text is parsed with the cast pushed into each element and prints as
 * {@code (status)::text = ANY (ARRAY[('A'::character varying)::text, ('B'::character varying)::text])}.
 * Both are the same rule; {@link #canonical} rewrites the first form into the second, so a
 * constraint created from the source text (Hibernate's script, a schema file) and one created from
 * PostgreSQL's own printed text compare equal; {@link #forSql} writes the first form so that
 * PostgreSQL keeps it, so an applied database prints exactly as one built from the source.
 */
final class PgCheckText {
    private static final String START = "(ARRAY[";

    private PgCheckText() {
    }

    /** The expression with every {@code (ARRAY[e, ...])::T[]} written as {@code ARRAY[(e)::T, ...]}. */
    static String canonical(String expression) {
        return rewrite(expression, (elements, type, original) -> {
            StringBuilder out = new StringBuilder("ARRAY[");
            String sep = "";
            for (String element : elements) {
                out.append(sep).append('(').append(canonical(element)).append(")::").append(type);
                sep = ", ";
            }
            return out.append(']').toString();
        });
    }

    /**
     * The expression as a statement should carry it so that PostgreSQL stores the same form again:
     * {@code (ARRAY['A'::E, ...])::T[]} becomes {@code (ARRAY['A'::E, ...]::E[])::T[]}, which keeps the
     * cast on the whole array instead of pushing it into the elements (only when every element is a
     * literal of the same type E; other expressions are left as they are).
     */
    static String forSql(String expression) {
        return rewrite(expression, (elements, type, original) -> {
            String elementType = commonLiteralType(elements);
            return elementType == null ? original
                    : "(ARRAY[" + String.join(", ", elements) + "]::" + elementType + "[])::" + type + "[]";
        });
    }

    /** What replaces one array cast, given its elements (stripped), its element type T and its text. */
    private interface Replacement {
        String apply(List<String> elements, String type, String original);
    }

    private static String rewrite(String expression, Replacement replacement) {
        if (expression == null || !expression.contains(START)) {
            return expression;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (c == '\'' || c == '"') {
                int end = QuotedText.end(expression, i);
                out.append(expression, i, end);
                i = end;
            } else if (expression.startsWith(START, i)) {
                i = rewriteArrayCast(expression, i, replacement, out);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * Rewrites the array cast starting at {@code start} into {@code out} and returns where the
     * scan goes on; when the text there is not such a cast, copies its first character only.
     */
    private static int rewriteArrayCast(String s, int start, Replacement replacement, StringBuilder out) {
        int open = start + START.length() - 1;
        int close = matching(s, open);
        String castStart = "])::";
        int typeEnd = close < 0 || !s.startsWith(castStart, close) ? -1 : arrayTypeEnd(s, close + castStart.length());
        if (typeEnd < 0) {
            out.append(s.charAt(start));
            return start + 1;
        }
        String type = s.substring(close + castStart.length(), typeEnd - 2);
        List<String> elements = elements(s.substring(open + 1, close)).stream().map(String::strip).toList();
        out.append(replacement.apply(elements, type, s.substring(start, typeEnd)));
        return typeEnd;
    }

    /** The type E when every element is a literal written {@code 'text'::E} with the same E, else null. */
    private static String commonLiteralType(List<String> elements) {
        String common = null;
        for (String e : elements) {
            if (e.isEmpty() || e.charAt(0) != '\'') {
                return null;
            }
            int end = QuotedText.end(e, 0);
            if (!e.startsWith("::", end) || arrayTypeEnd(e + "[]", end + 2) != e.length() + 2) {
                return null;
            }
            String type = e.substring(end + 2);
            if (common != null && !common.equals(type)) {
                return null;
            }
            common = type;
        }
        return common;
    }

    /**
     * The end (exclusive) of a one-dimensional array type name such as {@code character varying(20)[]}
     * starting at {@code from}, or -1 when the text there is not one (a cast to a non-array type).
     */
    private static int arrayTypeEnd(String s, int from) {
        int depth = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                i = QuotedText.end(s, i) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0 && s.startsWith("[]", i)) {
                return s.startsWith("[", i + 2) ? -1 : i + 2;
            } else if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == ' ' || (c == ',' && depth > 0))) {
                return -1;
            }
        }
        return -1;
    }

    /** The index of the bracket or parenthesis closing the one at {@code open}, or -1. */
    private static int matching(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"') {
                i = QuotedText.end(s, i) - 1;
            } else if (c == '[' || c == '(') {
                depth++;
            } else if (c == ']' || c == ')') {
                depth--;
                if (depth == 0) {
                    return c == ']' ? i : -1;
                }
            }
        }
        return -1;
    }

    /** The elements of an array literal's content, split at commas outside quotes and brackets. */
    private static List<String> elements(String content) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '\'' || c == '"') {
                i = QuotedText.end(content, i) - 1;
            } else if (c == '[' || c == '(') {
                depth++;
            } else if (c == ']' || c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(content.substring(from, i));
                from = i + 1;
            }
        }
        out.add(content.substring(from));
        return out;
    }
}
