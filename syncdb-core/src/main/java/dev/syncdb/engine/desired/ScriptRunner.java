package dev.syncdb.engine.desired;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.Dialect;
import dev.syncdb.dialect.ScriptBatching;
import dev.syncdb.dialect.SplitOptions;
import dev.syncdb.engine.session.Session;
import dev.syncdb.sql.SqlChunk;
import dev.syncdb.sql.SqlScript;
import dev.syncdb.sql.SqlSplitter;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs SQL scripts on a scratch connection, committing every {@link ScriptBatching#statementsPerTransaction()}
 * statements (0 = one transaction) and sending up to {@link ScriptBatching#statementsPerRoundTrip()}
 * statements to the server at once. The statements of the open transaction are kept: when a round
 * trip fails, the transaction is rolled back and replayed one statement at a time, so a failing
 * statement becomes a one-line error naming the file, the line, and the database's message.
 */
public final class ScriptRunner {
    private static final Pattern POSITION = Pattern.compile("\\s*Position: (\\d+)\\s*$");
    /** Statements that never return rows, so they can be sent together in one round trip. */
    private static final Pattern BATCHABLE = Pattern.compile(
            "^(?:\\s*(?:--[^\\n]*\\n|/\\*.*?\\*/))*\\s*(?:CREATE|ALTER|COMMENT|DROP|GRANT|REVOKE)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final SplitOptions splitOptions;
    private final ScriptBatching batching;
    private final Predicate<String> ownTransaction;
    private final Function<SQLException, Optional<String>> advice;
    private final Dialect dialect;

    public ScriptRunner(SplitOptions splitOptions, int batchSize) {
        this(splitOptions, batchSize, sql -> false);
    }

    /** {@code ownTransaction} says which statements the database refuses inside a transaction block. */
    public ScriptRunner(SplitOptions splitOptions, int batchSize, Predicate<String> ownTransaction) {
        this(splitOptions, new ScriptBatching(batchSize, 1), ownTransaction, e -> Optional.empty());
    }

    /** {@code advice} explains an error caused by a server limit (see {@link Dialect#limitAdvice}). */
    public ScriptRunner(SplitOptions splitOptions, ScriptBatching batching, Predicate<String> ownTransaction,
                        Function<SQLException, Optional<String>> advice) {
        this.splitOptions = splitOptions;
        this.batching = batching;
        this.ownTransaction = ownTransaction;
        this.advice = advice;
        this.dialect = null;
    }

    private ScriptRunner(Dialect dialect, Connection connection) throws SQLException {
        this.splitOptions = dialect.splitOptions();
        this.batching = dialect.scriptBatching(connection);
        this.ownTransaction = dialect::refusedInTransaction;
        this.advice = dialect::limitAdvice;
        this.dialect = dialect;
    }

    /**
     * A runner set up the way {@code dialect} runs scripts fastest on the server behind {@code connection};
     * its errors point at the line where the dialect's parser stopped and say when the script looks
     * like another database's SQL.
     */
    public static ScriptRunner forScratch(Dialect dialect, Connection connection) throws SQLException {
        return new ScriptRunner(dialect, connection);
    }

    public void run(Connection c, List<SqlScript> scripts) {
        run(c, statements(scripts), failed -> { });
    }

    /** The statements of {@code scripts}, in order, as this runner splits them. */
    List<ScriptStatement> statements(List<SqlScript> scripts) {
        return statements(splitOptions, scripts);
    }

    /** The statements of {@code scripts}, in order, split with {@code splitOptions}. */
    static List<ScriptStatement> statements(SplitOptions splitOptions, List<SqlScript> scripts) {
        List<ScriptStatement> out = new ArrayList<>();
        for (SqlScript script : scripts) {
            for (SqlChunk chunk : new SqlSplitter(splitOptions).split(script.text())) {
                out.add(new ScriptStatement(script, chunk));
            }
        }
        return out;
    }

    /**
     * Runs {@code statements} in order; when one fails, {@code failed} is told which before its
     * error (naming file and line) is thrown.
     */
    void run(Connection c, List<ScriptStatement> statements, Consumer<ScriptStatement> failed) {
        try {
            c.setAutoCommit(false);
            ScriptTransaction tx = new ScriptTransaction(c, batching, (st, e) -> {
                failed.accept(st);
                return locate(st, e);
            });
            for (ScriptStatement st : statements) {
                if (ownTransaction.test(st.sql())) {
                    tx.runAlone(st);
                } else {
                    tx.add(st, BATCHABLE.matcher(st.sql()).find());
                }
            }
            tx.commit();
            c.setAutoCommit(true);
        } catch (SQLException e) {
            throw SyncdbException.error("cannot run desired schema: " + Session.oneLine(e.getMessage())
                    + advice.apply(e).map(a -> " (" + a + ")").orElse(""));
        }
    }

    /** The error for {@code st} failing with {@code e}, with advice when a server limit caused it. */
    private SyncdbException locate(ScriptStatement st, SQLException e) {
        String where = locate(st.script(), st.chunk(), e.getMessage());
        if (dialect != null && !hasPosition(e.getMessage())) {
            where = ForeignScript.relocate(where, st, dialect.errorOffset(st.chunk().sql(), e));
        }
        String hint = dialect == null ? "" : ForeignScript.hint(dialect, st.script().text());
        return SyncdbException.error(where + advice.apply(e).map(a -> " (" + a + ")").orElse("") + hint);
    }

    private static boolean hasPosition(String message) {
        return message != null && java.util.Arrays.stream(message.split("\n")).anyMatch(l -> POSITION.matcher(l).matches());
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
}
