package dev.syncdb.sql;

import dev.syncdb.dialect.SplitOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts SQL text into statements at semicolons that are not inside quotes, comments, dollar quotes,
 * BEGIN ... END trigger bodies or BEGIN ATOMIC ... END routine bodies (as the dialect's
 * {@link SplitOptions} say). Comment-only pieces are dropped; comments inside statements are kept.
 */
public final class SqlSplitter {
    private final SplitOptions options;

    public SqlSplitter(SplitOptions options) {
        this.options = options;
    }

    public List<SqlChunk> split(String text) {
        newlines = null;
        String src = options.dropBackslashLines() ? blankBackslashLines(text) : text;
        List<SqlChunk> out = new ArrayList<>();
        int start = 0;
        int depth = 0;
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = skipQuoted(src, i, c);
            } else if (c == '-' && i + 1 < n && src.charAt(i + 1) == '-') {
                i = lineEnd(src, i);
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                int e = src.indexOf("*/", i + 2);
                i = e < 0 ? n : e + 2;
            } else if (c == '$' && options.dollarQuotes() && dollarTag(src, i) != null) {
                String tag = dollarTag(src, i);
                int e = src.indexOf(tag, i + tag.length());
                i = e < 0 ? n : e + tag.length();
            } else if (options.beginEndBlocks() && Character.isLetter(c) && wordStart(src, i)) {
                int e = wordEnd(src, i);
                if (e - i < 3 || e - i > 5) {
                    i = e; // not END, CASE or BEGIN: no need to look at it (most words of a script)
                    continue;
                }
                String word = src.substring(i, e).toUpperCase(Locale.ROOT);
                if (word.equals("END") && depth > 0) {
                    int[] closed = closeBlock(src, e, depth);
                    depth = closed[0];
                    i = closed[1];
                    continue;
                }
                depth = blockDepth(word, depth, src, start, e);
                i = e;
            } else if (c == ';' && depth == 0) {
                add(out, src, start, i);
                start = i + 1;
                i++;
            } else {
                i++;
            }
        }
        add(out, src, start, n);
        return out;
    }

    private int blockDepth(String word, int depth, String src, int stmtStart, int wordEnd) {
        if (word.equals("BEGIN") && (isTrigger(src, stmtStart) || atomic(src, wordEnd))) {
            return depth + 1;
        }
        if (word.equals("CASE") && depth > 0) {
            return depth + 1;
        }
        return depth;
    }

    /**
     * An END inside a block, at {@code after} (just past the word): "END IF", "END WHILE", "END LOOP"
     * and "END REPEAT" close MySQL control statements that did not open a level; "END CASE" and a
     * bare END close one. Returns the new depth and where to go on (past the closing word's partner).
     */
    private static int[] closeBlock(String src, int after, int depth) {
        int i = after;
        while (i < src.length() && Character.isWhitespace(src.charAt(i))) {
            i++;
        }
        int e = wordEnd(src, i);
        String next = src.substring(i, e).toUpperCase(Locale.ROOT);
        return switch (next) {
            case "IF", "WHILE", "LOOP", "REPEAT" -> new int[]{depth, e};
            case "CASE" -> new int[]{depth - 1, e};
            default -> new int[]{depth - 1, after};
        };
    }

    /** Whether the word after {@code from} is ATOMIC: a SQL-standard routine body, BEGIN ATOMIC ... END. */
    private static boolean atomic(String src, int from) {
        int i = from;
        while (i < src.length() && Character.isWhitespace(src.charAt(i))) {
            i++;
        }
        return src.regionMatches(true, i, "ATOMIC", 0, 6) && (i + 6 == src.length() || !Character.isLetterOrDigit(src.charAt(i + 6)));
    }

    /**
     * Whether the statement creates a trigger, or (MySQL) a routine or event whose body may be a
     * BEGIN ... END compound statement; with OR REPLACE, a DEFINER clause or TEMP allowed before the kind.
     */
    private static boolean isTrigger(String src, int stmtStart) {
        String head = src.substring(stmtStart, Math.min(src.length(), stmtStart + 4000)).toUpperCase(Locale.ROOT);
        return head.matches("(?s)\\s*(--[^\\n]*\\n\\s*)*CREATE\\s+(OR\\s+REPLACE\\s+)?(DEFINER\\s*=\\s*\\S+\\s+)?"
                + "(TEMP\\w*\\s+)?(TRIGGER|PROCEDURE|FUNCTION|EVENT)\\b.*");
    }

    private int skipQuoted(String s, int i, char q) {
        int j = i + 1;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (c == '\\' && options.backslashEscapes() && q == '\'') {
                j += 2;
                continue;
            }
            if (c == q) {
                if (j + 1 < s.length() && s.charAt(j + 1) == q) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            j++;
        }
        return s.length();
    }

    private static String dollarTag(String s, int i) {
        if (i > 0 && (Character.isLetterOrDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '_')) {
            return null;
        }
        int j = i + 1;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
            if (j == i + 1 && Character.isDigit(s.charAt(j))) {
                return null;
            }
            j++;
        }
        return j < s.length() && s.charAt(j) == '$' ? s.substring(i, j + 1) : null;
    }

    private static boolean wordStart(String s, int i) {
        return i == 0 || !(Character.isLetterOrDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '_');
    }

    private static int wordEnd(String s, int i) {
        int j = i;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
            j++;
        }
        return j;
    }

    private static int lineEnd(String s, int i) {
        int e = s.indexOf('\n', i);
        return e < 0 ? s.length() : e;
    }

    private void add(List<SqlChunk> out, String src, int from, int to) {
        String piece = src.substring(from, to);
        int lead = 0;
        while (lead < piece.length() && Character.isWhitespace(piece.charAt(lead))) {
            lead++;
        }
        // only a piece that starts with a comment can be nothing but comments
        boolean mayBeComments = lead == piece.length() || piece.charAt(lead) == '-' || piece.charAt(lead) == '/';
        if (mayBeComments && stripComments(piece).isBlank()) {
            return;
        }
        out.add(new SqlChunk(piece.strip(), lineOf(src, from + lead)));
    }

    private int[] newlines;

    private int lineOf(String src, int offset) {
        if (newlines == null) {
            java.util.List<Integer> nl = new ArrayList<>();
            for (int k = 0; k < src.length(); k++) {
                if (src.charAt(k) == '\n') {
                    nl.add(k);
                }
            }
            newlines = nl.stream().mapToInt(Integer::intValue).toArray();
        }
        int pos = java.util.Arrays.binarySearch(newlines, offset);
        return (pos >= 0 ? pos : -pos - 1) + 1;
    }

    private static String stripComments(String s) {
        return s.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("--[^\\n]*", "");
    }

    /**
     * Blanks psql meta-command lines ({@code \\connect ...}): a line whose first non-blank character is
     * a backslash, outside quotes, comments and dollar quotes (a quoted name or string may hold a line
     * that starts with a backslash). The newline stays, so line numbers do not move.
     */
    private String blankBackslashLines(String text) {
        StringBuilder b = new StringBuilder(text);
        int i = 0;
        int n = text.length();
        boolean lineStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (lineStart && c == '\\') {
                int e = lineEnd(text, i);
                for (int k = i; k < e; k++) {
                    b.setCharAt(k, ' ');
                }
                i = e;
                continue;
            }
            if (c == '\n') {
                lineStart = true;
                i++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            lineStart = false;
            if (c == '\'' || c == '"' || c == '`') {
                i = skipQuoted(text, i, c);
            } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                i = lineEnd(text, i);
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int e = text.indexOf("*/", i + 2);
                i = e < 0 ? n : e + 2;
            } else if (c == '$' && options.dollarQuotes() && dollarTag(text, i) != null) {
                String tag = dollarTag(text, i);
                int e = text.indexOf(tag, i + tag.length());
                i = e < 0 ? n : e + tag.length();
            } else {
                i++;
            }
        }
        return b.toString();
    }
}
