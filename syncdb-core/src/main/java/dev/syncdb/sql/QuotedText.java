package dev.syncdb.sql;

/** Where a quoted run of SQL text ends: a string, an identifier, doubled quotes kept inside. */
public final class QuotedText {
    private QuotedText() {
    }

    /** The index just after the run quoted by the character at {@code start}; the text's length when it is not closed. */
    public static int end(String s, int start) {
        char q = s.charAt(start);
        int i = start + 1;
        while (i < s.length()) {
            if (s.charAt(i) == q) {
                if (i + 1 < s.length() && s.charAt(i + 1) == q) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return s.length();
    }
}
