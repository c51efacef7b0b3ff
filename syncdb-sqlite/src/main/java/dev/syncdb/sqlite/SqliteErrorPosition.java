package dev.syncdb.sqlite;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.OptionalInt;

/**
 * Where SQLite's parser stopped in a statement, which its messages ("near ",": syntax error") do not
 * say: the statement is compiled (never run) on a private in-memory database one line longer each
 * time; the first prefix that fails with a syntax error, rather than "incomplete input", ends on the
 * line at fault.
 */
final class SqliteErrorPosition {
    private SqliteErrorPosition() {
    }

    /** The offset of the start of the line where the syntax error is; empty for other errors. */
    static OptionalInt find(String statement, SQLException error) {
        String message = error.getMessage() == null ? "" : error.getMessage();
        if (message.contains("incomplete input")) {
            return OptionalInt.of(statement.stripTrailing().length());
        }
        if (!message.contains("syntax error")) {
            return OptionalInt.empty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            int lineStart = 0;
            while (lineStart < statement.length()) {
                int end = statement.indexOf('\n', lineStart);
                end = end < 0 ? statement.length() : end + 1;
                if (failsHere(c, statement.substring(0, end))) {
                    return OptionalInt.of(lineStart);
                }
                lineStart = end;
            }
        } catch (SQLException e) {
            return OptionalInt.empty();
        }
        return OptionalInt.empty();
    }

    private static boolean failsHere(Connection c, String prefix) {
        try {
            c.prepareStatement(prefix).close();
            return false;
        } catch (SQLException e) {
            String m = e.getMessage() == null ? "" : e.getMessage();
            return m.contains("syntax error");
        }
    }
}
