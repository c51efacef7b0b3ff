package dev.syncdb.engine.apply;

import dev.syncdb.engine.session.Session;
import dev.syncdb.migrate.Checksum;
import dev.syncdb.migrate.HistoryRow;
import dev.syncdb.migrate.HistoryStore;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The journal of an apply that runs statement by statement on a database whose DDL commits at once:
 * rows in {@code syncdb_history} with version {@code apply} (never a migration version). The run's
 * row (type {@code apply}) says how many statements are done and which one runs; each data statement
 * (a {@code --using} conversion, a backfill) commits together with a row of its own (type
 * {@code apply-data}, checksum of its SQL). When the last apply did not finish, the next one says so
 * and skips the data statements already run since the last apply that finished, so a conversion is
 * never run twice; the schema statements are planned again from what is there.
 */
final class ApplyJournal implements StatementLog {
    static final String VERSION = "apply";
    static final String RUN = "apply";
    static final String DATA = "apply-data";

    private final Connection c;
    private final HistoryStore history;
    private final String user;
    private final Set<String> doneBefore;
    private final int rank;
    private final Instant start = Instant.now();
    private final long t0 = System.nanoTime();

    private ApplyJournal(Session s, HistoryStore history, Set<String> doneBefore, int total) throws SQLException {
        this.c = s.connection();
        this.history = history;
        this.user = s.context().userName();
        this.doneBefore = doneBefore;
        this.rank = history.insert(row(RUN, "apply of " + total + " statement(s)", null, false,
                HistoryStore.RUNNING + "(first statement)", 0));
    }

    /** Opens the journal (creating the history table), reporting an unfinished earlier apply on {@code s}'s warnings. */
    static ApplyJournal open(Session s, int total) throws SQLException {
        HistoryStore history = new HistoryStore(s.connection(), s.schemaName(), s.dialect()::quoteIdentifier);
        history.ensure();
        Earlier earlier = Earlier.read(history);
        if (earlier.unfinished() != null) {
            s.context().warn(earlier.describe() + ". This apply plans from what is there now and skips the "
                    + earlier.done().size() + " data statement(s) it already ran");
        }
        return new ApplyJournal(s, history, earlier.done(), total);
    }

    /**
     * Closes an unfinished earlier apply when the database already matches the desired schema (the
     * server finished its last statement after the client died, or someone completed it by hand): says
     * so on {@code s}'s warnings and records a finished apply of no statements, so a later apply does
     * not skip a data statement because this one ran it. Does nothing when there is no history table.
     */
    static void settle(Session s) throws SQLException {
        HistoryStore history = new HistoryStore(s.connection(), s.schemaName(), s.dialect()::quoteIdentifier);
        if (!history.exists()) {
            return;
        }
        Earlier earlier = Earlier.read(history);
        if (earlier.unfinished() == null) {
            return;
        }
        s.context().warn(earlier.describe() + "; the database matches the desired schema now, so nothing is left"
                + " to run and the journal records that apply as settled");
        history.insert(new HistoryRow(0, VERSION, "apply", RUN, "settles the unfinished apply of "
                + earlier.unfinished().installedOn() + ": nothing left to run", null, s.context().userName(), Instant.now(),
                0, true, null, 0));
    }

    /** What the journal says of the applies since the last one that finished. */
    private record Earlier(HistoryRow unfinished, Set<String> done) {
        static Earlier read(HistoryStore history) throws SQLException {
            List<HistoryRow> rows = history.rows().stream().filter(r -> r.version().equals(VERSION)).toList();
            Set<String> done = new HashSet<>();
            HistoryRow unfinished = null;
            for (HistoryRow r : rows) {
                if (r.type().equals(RUN) && r.success()) {
                    done.clear();
                    unfinished = null;
                } else if (r.type().equals(RUN)) {
                    unfinished = r;
                } else if (r.type().equals(DATA)) {
                    done.add(r.checksum());
                }
            }
            return new Earlier(unfinished, done);
        }

        String describe() {
            return "the previous apply (started " + unfinished.installedOn() + " by " + unfinished.installedBy()
                    + ") did not finish: " + unfinished.statementsRun() + " of its statements were applied and stay"
                    + (unfinished.interrupted() ? "; it died while running: "
                    + oneLine(unfinished.failedStatement().substring(HistoryStore.RUNNING.length())) : "");
        }
    }

    /** Whether {@code sql} is a data statement an unfinished earlier apply already ran. */
    @Override
    public boolean alreadyRun(String sql) {
        return HistoryStore.changesData(sql) && doneBefore.contains(Checksum.of(sql).hex());
    }

    /** Runs statement number {@code index} (0-based) with its marks; a data statement commits with its own row. */
    @Override
    public void run(String sql, int index) throws SQLException {
        history.progress(rank, index, sql);
        boolean data = HistoryStore.changesData(sql);
        if (data) {
            c.setAutoCommit(false);
        }
        try (Statement st = c.createStatement()) {
            st.execute(sql);
            if (data) {
                history.insert(row(DATA, oneLine(sql), Checksum.of(sql).hex(), true, null, 1));
            }
            history.progress(rank, index + 1, null);
            if (data) {
                c.commit();
            }
        } catch (SQLException e) {
            if (data) {
                c.rollback();
            }
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Records the end of this apply: {@code done} statements, and the failed one (null = success). */
    @Override
    public void finish(int done, String failed) {
        try {
            history.finish(rank, new HistoryRow(rank, VERSION, "apply", RUN, "apply", null, user, start,
                    (System.nanoTime() - t0) / 1_000_000, failed == null, failed, done));
        } catch (SQLException ignored) {
            // the connection is gone: the row still says where the apply stopped
        }
    }

    private HistoryRow row(String type, String script, String checksum, boolean ok, String failed, int done) {
        return new HistoryRow(0, VERSION, "apply", type, script, checksum, user, Instant.now(), 0, ok, failed, done);
    }

    private static String oneLine(String sql) {
        String one = sql.replaceAll("\\s+", " ").strip();
        return one.length() > 160 ? one.substring(0, 157) + "..." : one;
    }
}
