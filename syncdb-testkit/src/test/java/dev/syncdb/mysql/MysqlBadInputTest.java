package dev.syncdb.mysql;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.engine.desired.SqlFilesSource;
import dev.syncdb.engine.plan.SyncRequest;
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
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * What the engine does with bad input on MariaDB: an unreachable server, a wrong password, an
 * unknown database and broken SQL in the schema file. Each ends in a one-line error with exit code
 * 1 and no password; the target is untouched and no scratch database is left behind.
 */
@dev.syncdb.testkit.NeedsMysql
class MysqlBadInputTest {
    private final MysqlServer server = MysqlServer.local();
    private String db;

    @TempDir
    Path tmp;

    @BeforeEach
    void createDatabase() {
        db = server.freshDatabase();
        server.run(db, "CREATE TABLE keep_me (id int PRIMARY KEY); INSERT INTO keep_me VALUES (1), (2);");
    }

    @AfterEach
    void dropDatabase() {
        server.dropDatabase(db);
    }

    private SyncRequest request(String url, String sql) throws Exception {
        Path file = Files.writeString(tmp.resolve("schema.sql"), sql);
        return new SyncRequest(DatabaseUrl.parse(url), null, new SqlFilesSource(List.of(file), null), null);
    }

    @Test
    void unreachableHostFailsFastWithMaskedUrl() throws Exception {
        SyncRequest r = request("mysql://u:secret-pw@127.0.0.1:1/" + db, "CREATE TABLE t (id int);");
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(() -> new PlanUseCase().run(r))
                .isInstanceOfSatisfying(SyncdbException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(SyncdbException.ERROR);
                    assertThat(e.getMessage()).startsWith("cannot connect to mysql://u:***@127.0.0.1:1/")
                            .doesNotContain("secret-pw");
                }));
    }

    @Test
    void wrongPasswordAndUnknownDatabaseAreOneLineErrors() throws Exception {
        SyncRequest wrong = request(server.url(db).replace("mysql://root@", "mysql://root:nope-pw@"), "SELECT 1;");
        assertThatThrownBy(() -> new PlanUseCase().run(wrong)).isInstanceOfSatisfying(SyncdbException.class, e ->
                assertThat(e.getMessage()).contains("Access denied").doesNotContain("nope-pw").doesNotContain("\n"));
        SyncRequest unknown = request(server.url(db + "_missing"), "SELECT 1;");
        assertThatThrownBy(() -> new PlanUseCase().run(unknown)).isInstanceOfSatisfying(SyncdbException.class, e ->
                assertThat(e.getMessage()).contains("Unknown database").doesNotContain("\n"));
    }

    @Test
    void badSqlNamesFileAndLineLeavesTargetUntouchedAndDropsScratch() throws Exception {
        Set<String> before = scratchDatabases();
        SyncRequest r = request(server.url(db), "CREATE TABLE keep_me (id int PRIMARY KEY);\n\nCREATE TABLE broken (id int,, x int);\n");
        assertThatThrownBy(() -> new ApplyUseCase().run(r, ApplyOptions.auto(true)))
                .isInstanceOfSatisfying(SyncdbException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(SyncdbException.ERROR);
                    assertThat(e.getMessage()).contains("schema.sql:3").contains("SQL syntax").doesNotContain("\n");
                });
        assertThat(MysqlSync.inspect(db).tables()).extracting(t -> t.name()).containsExactly("keep_me");
        assertThat(newScratchDatabasesAfterAWhile(before)).as("scratch databases left behind").isEmpty();
    }

    /**
     * Scratch databases that were not there before and are still there after up to 10 s: other runs on
     * the same server make short-lived ones; a leaked one stays.
     */
    private Set<String> newScratchDatabasesAfterAWhile(Set<String> before) throws Exception {
        Set<String> left = scratchDatabases();
        left.removeAll(before);
        for (int i = 0; i < 50 && !left.isEmpty(); i++) {
            Thread.sleep(200);
            left.retainAll(scratchDatabases());
        }
        return left;
    }

    private Set<String> scratchDatabases() throws SQLException {
        Set<String> out = new HashSet<>();
        try (Connection c = server.connect(""); ResultSet rs = c.createStatement().executeQuery(
                "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'syncdb\\_scratch\\_%'")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
