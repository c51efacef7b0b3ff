package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import dev.syncdb.cli.output.CheckText;
import dev.syncdb.cli.output.PlanText;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the rename tests on each database share: running the CLI on a schema text, and reading rows. */
abstract class RenameTestBase {
    @TempDir
    Path dir;

    abstract String url();

    abstract Connection connect() throws SQLException;

    Result cli(String desired, String... args) throws IOException {
        Files.writeString(dir.resolve("schema.sql"), desired);
        List<String> all = new ArrayList<>(List.of(args));
        if (!List.of("upgrade", "downgrade").contains(args[0])) {
            all.addAll(List.of("--schema", "schema.sql")); // the migration commands take no desired schema
        }
        all.add("--no-color");
        return CliRunner.run(dir, Map.of("DATABASE_URL", url()), all.toArray(String[]::new));
    }

    Result ok(String desired, String... args) throws IOException {
        Result r = cli(desired, args);
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        return r;
    }

    /** Applies, then expects check to find nothing and a second plan to have no step. */
    Result converges(String desired, String... renames) throws IOException {
        List<String> args = new ArrayList<>(List.of("apply", "--auto", "--no-backup"));
        args.addAll(List.of(renames));
        Result applied = ok(desired, args.toArray(String[]::new));
        assertThat(applied.out()).contains("verified: the database matches the desired schema");
        assertThat(ok(desired, "check").out()).contains(CheckText.IN_SYNC);
        assertThat(ok(desired, "plan").out()).contains(PlanText.NO_CHANGES);
        return applied;
    }

    void exec(String sql) throws SQLException {
        try (Connection c = connect()) {
            for (String s : sql.split(";")) {
                if (!s.isBlank()) {
                    c.createStatement().execute(s);
                }
            }
        }
    }

    /** Runs one statement as it is (a trigger body holds semicolons). */
    void execOne(String sql) throws SQLException {
        try (Connection c = connect()) {
            c.createStatement().execute(sql);
        }
    }

    /** Every row of a query, columns joined by "|", in the query's order. */
    List<String> rows(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                out.add(b.toString());
            }
        }
        return out;
    }
}
