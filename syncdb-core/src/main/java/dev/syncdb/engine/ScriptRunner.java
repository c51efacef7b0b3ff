package dev.syncdb.engine;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.SplitOptions;
import dev.syncdb.sql.SqlChunk;
import dev.syncdb.sql.SqlScript;
import dev.syncdb.sql.SqlSplitter;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs SQL scripts statement by statement on a scratch connection, committing every
 * {@code batchSize} statements (0 = one transaction). A failing statement becomes a one-line error
 * naming the file, the line, and the database's message.
 */
public final class ScriptRunner {
    private static final Pattern POSITION = Pattern.compile("\\s*Position: (\\d+)\\s*$");

    private final SplitOptions splitOptions;
    private final int batchSize;
    private final Predicate<String> ownTransaction;

    public ScriptRunner(SplitOptions splitOptions, int batchSize) {
        this(splitOptions, batchSize, sql -> false);
    }

    /** {@code ownTransaction} says which statements the database refuses inside a transaction block. */
    public ScriptRunner(SplitOptions splitOptions, int batchSize, Predicate<String> ownTransaction) {
        this.splitOptions = splitOptions;
        this.batchSize = batchSize;
        this.ownTransaction = ownTransaction;
    }

    public void run(Connection c, List<SqlScript> scripts) {
        try {
            c.setAutoCommit(false);
            int inBatch = 0;
            for (SqlScript script : scripts) {
                for (SqlChunk chunk : new SqlSplitter(splitOptions).split(script.text())) {
                    if (ownTransaction.test(chunk.sql())) {
                        c.commit();
                        c.setAutoCommit(true);
                        execute(c, script, chunk);
                        c.setAutoCommit(false);
                        inBatch = 0;
                        continue;
                    }
                    execute(c, script, chunk);
                    if (batchSize > 0 && ++inBatch >= batchSize) {
                        c.commit();
                        inBatch = 0;
                    }
                }
            }
            c.commit();
            c.setAutoCommit(true);
        } catch (SQLException e) {
            throw SyncdbException.error("cannot run desired schema: " + Session.oneLine(e.getMessage()));
        }
    }

    private static void execute(Connection c, SqlScript script, SqlChunk chunk) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(chunk.sql());
        } catch (SQLException e) {
            rollbackQuietly(c);
            throw SyncdbException.error(locate(script, chunk, e.getMessage()));
        }
    }

    /** "file:line: message", where the line is the statement's, moved to the error position when known. */
    static String locate(SqlScript script, SqlChunk chunk, String message) {
        String msg = message == null ? "(no message)" : message.strip();
        int line = chunk.line();
        String[] lines = msg.split("\n");
        StringBuilder keep = new StringBuilder();
        for (String l : lines) {
            Matcher m = POSITION.matcher(l);
            if (m.matches()) {
                int pos = Math.min(Integer.parseInt(m.group(1)), chunk.sql().length());
                line += (int) chunk.sql().substring(0, Math.max(0, pos - 1)).chars().filter(ch -> ch == '\n').count();
            } else if (keep.isEmpty()) {
                keep.append(l.strip());
            }
        }
        return script.source() + ":" + line + ": " + keep;
    }

    private static void rollbackQuietly(Connection c) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException ignored) {
            // the connection is already unusable; the error being reported is the one that matters
        }
    }
}
