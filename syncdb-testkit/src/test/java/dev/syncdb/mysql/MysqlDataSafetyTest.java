package dev.syncdb.mysql;

import dev.syncdb.SyncdbException;
import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyResult;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.testkit.MysqlServer;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Data safety on MariaDB: rows and values survive MODIFY COLUMN changes; the preflight refuses a
 * narrowing that would cut values before anything runs; and when a statement still fails half way
 * (DDL commits statement by statement here) the error says which step failed and what was applied.
 */
@dev.syncdb.testkit.NeedsMysql
class MysqlDataSafetyTest {
    private final MysqlServer server = MysqlServer.local();
    private String db;

    @TempDir
    Path tmp;

    @BeforeEach
    void createDatabase() {
        db = server.freshDatabase();
        server.run(db, """
                CREATE TABLE items (id int PRIMARY KEY, code varchar(20) NOT NULL, qty int, mood enum('a','b'));
                INSERT INTO items VALUES (1, 'alpha', 10, 'a'), (2, 'a-much-longer-code', 2000000, 'b'), (3, 'x', NULL, NULL);
                """);
    }

    @AfterEach
    void dropDatabase() {
        server.dropDatabase(db);
    }

    private ApplyResult apply(String schema, boolean allowDestructive) throws Exception {
        Path file = Files.writeString(tmp.resolve("schema.sql"), schema);
        return new ApplyUseCase().run(MysqlSync.request(db, file), ApplyOptions.auto(allowDestructive));
    }

    private List<String> rows() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = server.connect(db); ResultSet rs = c.createStatement().executeQuery(
                "SELECT id, code, qty, mood FROM items ORDER BY id")) {
            while (rs.next()) {
                out.add(rs.getInt(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4));
            }
        }
        return out;
    }

    @Test
    void rowsSurviveWideningModifies() throws Exception {
        List<String> before = rows();
        ApplyResult r = apply("CREATE TABLE items (id bigint PRIMARY KEY, code varchar(200) NOT NULL, qty bigint,"
                + " mood enum('a','b','c'), note varchar(10) NOT NULL DEFAULT 'n/a');", false);
        assertThat(r.outcome()).isEqualTo(ApplyResult.Outcome.APPLIED);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void narrowingThatWouldCutValuesIsRefusedBeforeAnythingRuns() throws Exception {
        List<String> before = rows();
        assertThatThrownBy(() -> apply("CREATE TABLE items (id int PRIMARY KEY, code varchar(5) NOT NULL, qty smallint,"
                + " mood enum('a'));", true))
                .isInstanceOfSatisfying(SyncdbException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(SyncdbException.REFUSED);
                    assertThat(e.getMessage()).contains("items").contains("nothing was changed");
                });
        assertThat(rows()).isEqualTo(before);
        assertThat(MysqlSync.inspect(db).table("items").orElseThrow().column("code").orElseThrow().type().sql())
                .isEqualTo("varchar(20)");
    }

    @Test
    void aStepFailingHalfWaySaysWhatWasApplied() throws Exception {
        List<String> before = rows();
        assertThatThrownBy(() -> apply("CREATE TABLE items (id int PRIMARY KEY, code int NOT NULL, qty int,"
                + " mood enum('a','b'));\nCREATE TABLE audit (id int PRIMARY KEY);", true))
                .isInstanceOfSatisfying(SyncdbException.class, e -> assertThat(e.getMessage())
                        .contains("apply failed at step 2 of 2 'alter column items.code")
                        .contains("1 step(s) before it were applied and remain (last: 'create table audit')")
                        .contains("MODIFY COLUMN `code` int(11) NOT NULL"));
        assertThat(rows()).isEqualTo(before);
        assertThat(MysqlSync.inspect(db).table("audit")).isPresent();
    }
}
