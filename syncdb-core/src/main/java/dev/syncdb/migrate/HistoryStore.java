package dev.syncdb.migrate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * The history table {@code syncdb_history} in the managed namespace: created on first use with
 * standard column types only (varchar, integer, bigint, timestamp, boolean), so the same DDL serves
 * every dialect. Rows are only ever added, except that {@code repair} updates checksums and that a
 * script run statement by statement (a database without transactional DDL, or a file marked
 * {@link MigrationScript#NO_TRANSACTION}) keeps a journal in its row: the row is written before the
 * first statement, {@code statements_run} counts the statements done, and {@code failed_statement}
 * holds {@link #RUNNING} and the statement while one runs, so a run that died midway leaves a row
 * that says where it stopped.
 */
public final class HistoryStore {
    /** The table's name; the engine never reports it as a difference. */
    public static final String TABLE = "syncdb_history";
    /** Prefix of {@code failed_statement} while a journaled statement runs (a run that died leaves it). */
    public static final String RUNNING = "(running) ";
    private static final String COLUMNS = "installed_rank, version, description, type, script, checksum, installed_by, "
            + "installed_on, execution_time, success, failed_statement, statements_run";

    private final Connection c;
    private final String table;

    public HistoryStore(Connection c, String schemaName) {
        this(c, schemaName, HistoryStore::quote);
    }

    /** A store whose SQL quotes identifiers with {@code quote} (the dialect's quoting). */
    public HistoryStore(Connection c, String schemaName, java.util.function.UnaryOperator<String> quote) {
        this.c = c;
        this.table = schemaName == null ? quote.apply(TABLE) : quote.apply(schemaName) + "." + quote.apply(TABLE);
    }

    private static String quote(String id) {
        return "\"" + id.replace("\"", "\"\"") + "\"";
    }

    /** The DDL of the table. */
    public String createSql() {
        return "CREATE TABLE " + table + " (\n"
                + "    installed_rank integer NOT NULL PRIMARY KEY,\n"
                + "    version varchar(50) NOT NULL,\n"
                + "    description varchar(200) NOT NULL,\n"
                + "    type varchar(10) NOT NULL,\n"
                + "    script varchar(1000) NOT NULL,\n"
                + "    checksum varchar(64),\n"
                + "    installed_by varchar(100) NOT NULL,\n"
                + "    installed_on timestamp NOT NULL,\n"
                + "    execution_time bigint NOT NULL,\n"
                + "    success boolean NOT NULL,\n"
                + "    failed_statement varchar(4000),\n"
                + "    statements_run integer NOT NULL\n"
                + ")";
    }

    /** Whether the table exists; call with autocommit on (a failed probe would abort a transaction). */
    public boolean exists() {
        try (Statement st = c.createStatement()) {
            st.executeQuery("SELECT 1 FROM " + table + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Creates the table unless it exists. */
    public void ensure() throws SQLException {
        if (!exists()) {
            try (Statement st = c.createStatement()) {
                st.execute(createSql());
            }
        }
    }

    /** Every row in recording order; empty when the table does not exist yet. */
    public List<HistoryRow> rows() throws SQLException {
        if (!exists()) {
            return List.of();
        }
        List<HistoryRow> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + COLUMNS + " FROM " + table + " ORDER BY installed_rank")) {
            while (rs.next()) {
                out.add(new HistoryRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getLong(9),
                        rs.getBoolean(10), rs.getString(11), rs.getInt(12)));
            }
        }
        return out;
    }

    /** Adds a row and returns its rank, the next free one (the caller holds the migration lock). */
    public int insert(HistoryRow r) throws SQLException {
        int rank;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(installed_rank), 0) + 1 FROM " + table)) {
            rs.next();
            rank = rs.getInt(1);
        }
        String sql = "INSERT INTO " + table + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, rank);
            ps.setString(2, r.version());
            ps.setString(3, clip(r.description(), 200));
            ps.setString(4, r.type());
            ps.setString(5, clip(r.script(), 1000));
            ps.setString(6, r.checksum());
            ps.setString(7, clip(r.installedBy(), 100));
            ps.setTimestamp(8, Timestamp.from(r.installedOn()));
            ps.setLong(9, r.durationMs());
            ps.setBoolean(10, r.success());
            ps.setString(11, r.failedStatement() == null ? null : clip(r.failedStatement(), 4000));
            ps.setInt(12, r.statementsRun());
            ps.executeUpdate();
        }
        return rank;
    }

    /** Journal: {@code done} statements of the row's script are applied; {@code running} runs now (null = none). */
    public void progress(int rank, int done, String running) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table
                + " SET statements_run = ?, failed_statement = ? WHERE installed_rank = ?")) {
            ps.setInt(1, done);
            ps.setString(2, running == null ? null : clip(RUNNING + running.strip(), 4000));
            ps.setInt(3, rank);
            ps.executeUpdate();
        }
    }

    /** Journal: the row's run ended, as {@code row} says (success, time, failed statement, checksum). */
    public void finish(int rank, HistoryRow row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET success = ?, execution_time = ?, "
                + "failed_statement = ?, statements_run = ?, checksum = ? WHERE installed_rank = ?")) {
            ps.setBoolean(1, row.success());
            ps.setLong(2, row.durationMs());
            ps.setString(3, row.failedStatement() == null ? null : clip(row.failedStatement(), 4000));
            ps.setInt(4, row.statementsRun());
            ps.setString(5, row.checksum());
            ps.setInt(6, rank);
            ps.executeUpdate();
        }
    }

    /** Whether {@code sql} changes data (INSERT, UPDATE, ...) rather than the schema, so it can commit with its journal mark. */
    public static boolean changesData(String sql) {
        return JournaledRun.isData(sql);
    }

    /**
     * Repair of an interrupted journaled run ({@link HistoryRow#interrupted()}): marks the schema
     * statement that was running when the run died as done, so the next run resumes after it. Returns
     * that statement; empty when the row is not interrupted, or the statement changed data (it was
     * rolled back with the run, so the next run runs it again).
     */
    public java.util.Optional<String> markRunningDone(HistoryRow row) throws SQLException {
        if (!row.interrupted()) {
            return java.util.Optional.empty();
        }
        String sql = row.failedStatement().substring(RUNNING.length());
        if (sql.equals("(first statement)") || JournaledRun.isData(sql)) {
            return java.util.Optional.empty();
        }
        progress(row.rank(), row.statementsRun() + 1, null);
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET failed_statement = ? WHERE installed_rank = ?")) {
            ps.setString(1, clip("(marked done by repair) " + sql, 4000));
            ps.setInt(2, row.rank());
            ps.executeUpdate();
        }
        return java.util.Optional.of(sql);
    }

    /**
     * The row of an unfinished journaled run of {@code version} in direction {@code type}: the last
     * row of the version, when it is of that type and not successful. Empty when there is none.
     */
    public java.util.Optional<HistoryRow> unfinished(String version, String type) throws SQLException {
        HistoryRow last = null;
        for (HistoryRow r : rows()) {
            if (r.version().equals(version)) {
                last = r;
            }
        }
        return last != null && !last.success() && last.type().equals(type) ? java.util.Optional.of(last)
                : java.util.Optional.empty();
    }

    /** Sets the checksum of the successful rows of a version of one type (repair). */
    public int updateChecksum(String version, String type, String checksum) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table
                + " SET checksum = ? WHERE version = ? AND type = ? AND success = ?")) {
            ps.setString(1, checksum);
            ps.setString(2, version);
            ps.setString(3, type);
            ps.setBoolean(4, true);
            return ps.executeUpdate();
        }
    }

    /** The INSERT that records a row, as SQL text for a dry run ({@code --sql}); time = when it runs. */
    public String insertSql(HistoryRow r) {
        return "INSERT INTO " + table + " (" + COLUMNS + ")\n    SELECT COALESCE(MAX(installed_rank), 0) + 1, "
                + literal(r.version()) + ", " + literal(r.description()) + ", " + literal(r.type()) + ", "
                + literal(r.script()) + ", " + literal(r.checksum()) + ", " + literal(r.installedBy())
                + ", CURRENT_TIMESTAMP, 0, TRUE, NULL, " + r.statementsRun() + " FROM " + table + ";";
    }

    private static String literal(String s) {
        return s == null ? "NULL" : "'" + s.replace("'", "''") + "'";
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
