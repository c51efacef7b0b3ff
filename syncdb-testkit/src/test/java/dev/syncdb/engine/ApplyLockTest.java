package dev.syncdb.engine;

import dev.syncdb.SyncdbException;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.Dialect;
import dev.syncdb.dialect.Dialects;
import dev.syncdb.dialect.MigrationLock;
import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyResult;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.apply.CreateTablesUseCase;
import dev.syncdb.engine.apply.ApplyProgress;
import dev.syncdb.engine.desired.SqlFilesSource;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.engine.session.RunLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Runs that change the schema take the syncdb lock that migrations take, and an apply a person
 * confirmed checks that nothing changed the schema while they read the plan (on SQLite files).
 */
class ApplyLockTest {
    private static final String SCHEMA = "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n";

    @TempDir
    Path dir;

    @Test
    void applyAndCreateTablesWaitForAHeldLockThenGiveUpNamingTheHolder() throws Exception {
        DatabaseUrl url = url();
        List<String> waits = new ArrayList<>();
        SyncRequest request = request(url).withLock(new RunLock(Duration.ofSeconds(1), waits::add));
        Dialect dialect = Dialects.forUrl(url);
        try (Connection other = dialect.connect(url); MigrationLock held = dialect.migrationLock(url, other)) {
            assertThat(held.tryAcquire()).isTrue();
            assertThatThrownBy(() -> new ApplyUseCase().run(request, ApplyOptions.auto(false)))
                    .isInstanceOfSatisfying(SyncdbException.class, e -> assertThat(e.exitCode()).isEqualTo(SyncdbException.REFUSED))
                    .hasMessageContaining("holds the syncdb lock").hasMessageContaining("pid " + ProcessHandle.current().pid());
            assertThatThrownBy(() -> new CreateTablesUseCase().run(request, false, ApplyProgress.NONE))
                    .hasMessageContaining("holds the syncdb lock");
            assertThat(waits).anyMatch(w -> w.startsWith("waiting for the syncdb lock"));
            assertThat(tables()).doesNotContain("users");
        }
        ApplyResult applied = new ApplyUseCase().run(request, ApplyOptions.auto(false));
        assertThat(applied.outcome()).isEqualTo(ApplyResult.Outcome.APPLIED);
        assertThat(tables()).contains("users");
    }

    @Test
    void aSchemaChangedWhileThePlanWaitedForConfirmationIsRefusedAndNothingRuns() throws Exception {
        SyncRequest request = request(url());
        ApplyOptions changedMeanwhile = new ApplyOptions(false, planned -> {
            sql("CREATE TABLE audit (id INTEGER PRIMARY KEY)");
            return true;
        });
        assertThatThrownBy(() -> new ApplyUseCase().run(request, changedMeanwhile))
                .isInstanceOfSatisfying(SyncdbException.class, e -> assertThat(e.exitCode()).isEqualTo(SyncdbException.REFUSED))
                .hasMessageContaining("changed after the plan was made (create table audit)")
                .hasMessageContaining("nothing was changed");
        assertThat(tables()).containsExactly("audit");
    }

    @Test
    void aConfirmedPlanWithNothingChangedMeanwhileRuns() throws Exception {
        ApplyResult r = new ApplyUseCase().run(request(url()), new ApplyOptions(false, planned -> true));
        assertThat(r.outcome()).isEqualTo(ApplyResult.Outcome.APPLIED);
        assertThat(tables()).containsExactly("users");
    }

    private DatabaseUrl url() throws SQLException {
        sql("SELECT 1");
        return DatabaseUrl.parse("sqlite:" + dir.resolve("app.db"));
    }

    private SyncRequest request(DatabaseUrl url) throws Exception {
        Path schema = Files.writeString(dir.resolve("schema.sql"), SCHEMA);
        return new SyncRequest(url, null, new SqlFilesSource(List.of(schema), null), null);
    }

    private void sql(String statement) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"))) {
            c.createStatement().execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> tables() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
