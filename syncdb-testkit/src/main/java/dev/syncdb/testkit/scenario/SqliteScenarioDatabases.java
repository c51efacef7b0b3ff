package dev.syncdb.testkit.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Fresh SQLite databases for corpus cases: one file per database in a temporary directory that is
 * removed on {@link #close()}. SQL is loaded with the SQLite JDBC driver, which runs every statement
 * of a script.
 */
public final class SqliteScenarioDatabases implements ScenarioDatabases {
    /** Columns of the tables, read from SQLite's catalog directly. */
    private static final String COLUMNS = "SELECT m.name, p.name, p.type, p.\"notnull\" FROM sqlite_master m, "
            + "pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";
    /** Triggers with their stored text. */
    private static final String TRIGGERS = "SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'trigger'";

    private final AtomicInteger counter = new AtomicInteger();
    private final Path dir;
    private final ServerInfo info;

    public SqliteScenarioDatabases() {
        try {
            dir = Files.createTempDirectory("syncdb-corpus-sqlite");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        info = new ServerInfo(sqliteVersion(), Set.of());
    }

    @Override
    public ServerInfo serverInfo() {
        return info;
    }

    @Override
    public String create() {
        return dir.resolve("c" + counter.incrementAndGet() + ".db").toString();
    }

    @Override
    public void load(String file, String sql) {
        if (sql.isBlank()) {
            return;
        }
        try (Connection c = connect(file); Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        } catch (SQLException e) {
            throw new RejectedSqlException(e.getMessage(), e);
        }
    }

    @Override
    public java.util.SortedSet<String> columns(String file) {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        try (Connection c = connect(file); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(COLUMNS)) {
            while (rs.next()) {
                out.add(rs.getString(1) + "." + rs.getString(2) + " "
                        + rs.getString(3).toUpperCase(java.util.Locale.ROOT).replace(" ", "")
                        + (rs.getInt(4) != 0 ? " not null" : ""));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read columns of " + file + ": " + e.getMessage(), e);
        }
        out.addAll(triggers(file));
        return out;
    }

    /**
     * One line per trigger: its table, name and stored text without comments, white space or letter
     * case, so a trigger syncdb re-created from a reformatted text reads like the one loaded directly.
     */
    private java.util.List<String> triggers(String file) {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (Connection c = connect(file); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(TRIGGERS)) {
            while (rs.next()) {
                out.add("trigger " + rs.getString(1) + "." + rs.getString(2) + " " + squeezed(rs.getString(3)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read triggers of " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** The text without "--" comments, white space and letter case. */
    static String squeezed(String sql) {
        StringBuilder b = new StringBuilder();
        for (String line : sql.split("\\R")) {
            int dash = line.indexOf("--");
            b.append(dash < 0 || line.lastIndexOf('\'', dash) >= 0 ? line : line.substring(0, dash));
        }
        return b.toString().replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String url(String file) {
        return "sqlite:" + file;
    }

    @Override
    public Connection connect(String file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    @Override
    public void drop(String file) {
        for (String suffix : new String[]{"", "-journal", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException ignored) {
                // a file still open by a hung case: removed with the directory at the end
            }
        }
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temporary files only
        }
    }

    private static String sqliteVersion() {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT sqlite_version()")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start SQLite: " + e.getMessage(), e);
        }
    }
}
