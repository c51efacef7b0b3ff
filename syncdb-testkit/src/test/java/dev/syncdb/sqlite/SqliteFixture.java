package dev.syncdb.sqlite;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.diff.DiffOptions;
import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyResult;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.engine.desired.SqlFilesSource;
import dev.syncdb.engine.plan.SyncRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Test support: a SQLite file database, run SQL on it, and drive the real engine against it. */
final class SqliteFixture {
    final Path file;

    SqliteFixture(Path file) {
        this.file = file;
    }

    DatabaseUrl url() {
        return DatabaseUrl.parse("sqlite:" + file);
    }

    void exec(String sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    /** Runs a script (statements split by the engine's splitter rules for SQLite). */
    void script(String text) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            for (var chunk : new dev.syncdb.sql.SqlSplitter(new SqliteDialect().splitOptions()).split(text)) {
                st.execute(chunk.sql());
            }
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file, SqliteConnector.config().toProperties());
    }

    /** Every row of a table as text ("col=value ..."), sorted. */
    List<String> rows(String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(rs.getMetaData().getColumnName(i)).append('=').append(rs.getString(i)).append(' ');
                }
                out.add(b.toString().strip());
            }
        }
        java.util.Collections.sort(out);
        return out;
    }

    /** The stored schema text, for "nothing changed" comparisons. */
    List<String> schemaText() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT type, name, sql FROM sqlite_schema ORDER BY type, name")) {
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getString(2) + ": " + rs.getString(3));
            }
        }
        return out;
    }

    ApplyResult apply(Path desired, DiffOptions options) {
        return new ApplyUseCase().run(request(desired, options), ApplyOptions.auto(true));
    }

    PlanResult plan(Path desired, DiffOptions options) {
        return new PlanUseCase().run(request(desired, options));
    }

    private SyncRequest request(Path desired, DiffOptions options) {
        return new SyncRequest(url(), null, new SqlFilesSource(List.of(desired), null), options);
    }

    static Path write(Path dir, String name, String sql) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, sql);
        return p;
    }
}
