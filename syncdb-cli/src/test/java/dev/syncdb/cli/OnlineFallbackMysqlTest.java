package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import dev.syncdb.testkit.MysqlServer;
import dev.syncdb.testkit.NeedsMysql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms an online apply tries on MariaDB / MySQL when the server refuses a statement's ALGORITHM or
 * LOCK clause: INSTANT, then INPLACE with LOCK=NONE (writes go on), then LOCK=SHARED, which blocks
 * writes and so runs only with {@code --allow-rewrite} (else exit 3 with the server's reason).
 */
@NeedsMysql
class OnlineFallbackMysqlTest {
    private final MysqlServer server = MysqlServer.local();
    @TempDir
    Path dir;
    String db;

    @BeforeEach
    void fresh() {
        db = server.freshDatabase();
    }

    @AfterEach
    void drop() {
        server.dropDatabase(db);
    }

    private Result cli(String desired, String... args) throws Exception {
        Files.writeString(dir.resolve("schema.sql"), desired);
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--schema", "schema.sql", "--no-color"));
        return CliRunner.run(dir, Map.of("DATABASE_URL", server.url(db)), all.toArray(String[]::new));
    }

    private List<String> columns(String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = server.connect(db); ResultSet rs = c.createStatement().executeQuery(
                "SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '"
                        + table + "' ORDER BY ORDINAL_POSITION")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void anInstantAddRefusedRunsInPlaceWithoutLocking() throws Exception {
        String table = "CREATE TABLE packed (id int PRIMARY KEY, n int%s) ROW_FORMAT=COMPRESSED;\n";
        server.run(db, String.format(table, "") + "INSERT INTO packed VALUES (1, 1), (2, 2);\n");
        String desired = String.format(table, ", note int");
        Result plan = cli(desired, "plan", "--online");
        assertThat(plan.code()).as(plan.err()).isZero();
        assertThat(plan.out()).contains("ALGORITHM=INSTANT", "if the server refuses it, apply tries ALGORITHM=INPLACE,"
                + " LOCK=NONE, then LOCK=SHARED (the server picks INPLACE or COPY) (blocks writes; only with --allow-rewrite)");

        Result applied = cli(desired, "apply", "--auto", "--no-backup", "--online");
        System.out.println("online fallback, instant refused: " + applied.err().strip());
        assertThat(applied.code()).as(applied.out() + applied.err()).isZero();
        assertThat(applied.err()).contains("ALGORITHM=INSTANT is not supported", "trying ALGORITHM=INPLACE, LOCK=NONE")
                .doesNotContain("LOCK=SHARED");
        assertThat(columns("packed")).containsExactly("id", "n", "note");
        assertThat(cli(desired, "check").code()).isZero();
    }

    @Test
    void aFormThatBlocksWritesNeedsAllowRewrite() throws Exception {
        String table = "CREATE TABLE docs (id int PRIMARY KEY, body text%s, FULLTEXT KEY docs_body (body));\n";
        server.run(db, String.format(table, "") + "INSERT INTO docs VALUES (1, 'one'), (2, 'two');\n");
        String desired = String.format(table, ", note int");

        Result refused = cli(desired, "apply", "--auto", "--no-backup", "--online");
        System.out.println("online fallback, refused: " + refused.err().strip());
        assertThat(refused.code()).as(refused.out() + refused.err()).isEqualTo(3);
        assertThat(refused.err()).contains("trying ALGORITHM=INPLACE, LOCK=NONE", "LOCK=NONE is not supported",
                "the next form, LOCK=SHARED", "blocks writes", "--allow-rewrite", "nothing was changed");
        assertThat(columns("docs")).containsExactly("id", "body");
        java.util.List<String> shown = new java.util.ArrayList<>(java.util.List.of("$ syncdb apply --auto --online"));
        shown.addAll(refused.out().lines().toList());
        shown.addAll(refused.err().lines().filter(l -> !Transcript.PROGRESS.matcher(l).matches()).toList());
        ReadmeOutput.assertShows("online-mysql-refused", shown, ReadmeOutput.common(dir),
                l -> l.replaceAll("\\(conn=\\d+\\)", "(conn=#)"));

        Result allowed = cli(desired, "apply", "--auto", "--no-backup", "--online", "--allow-rewrite");
        System.out.println("online fallback, allowed: " + allowed.err().strip());
        assertThat(allowed.code()).as(allowed.out() + allowed.err()).isZero();
        assertThat(allowed.err()).contains("trying LOCK=SHARED (the server picks INPLACE or COPY) (blocks writes)");
        assertThat(columns("docs")).containsExactly("id", "body", "note");
        assertThat(cli(desired, "check").code()).isZero();
    }
}
