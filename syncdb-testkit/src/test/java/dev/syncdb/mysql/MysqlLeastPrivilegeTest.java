package dev.syncdb.mysql;

import dev.syncdb.SyncdbException;
import dev.syncdb.diff.Differ;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyResult;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.desired.SqlFilesSource;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.engine.session.Session;
import dev.syncdb.model.Schema;
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
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * An account with only SELECT on the database: plan works with the desired schema built on
 * {@code --dev-url}; apply stops before changing anything, one line per missing privilege, and goes
 * through once the account has them.
 */
@NeedsMysql
class MysqlLeastPrivilegeTest {
    private final MysqlServer server = MysqlServer.local();
    private String db;
    private String user;

    @TempDir
    Path tmp;

    @BeforeEach
    void setUp() {
        db = server.freshDatabase();
        user = db + "_ro";
        server.run(db, """
                CREATE TABLE accounts (id int PRIMARY KEY, name varchar(50));
                CREATE TABLE canary (id int PRIMARY KEY, note varchar(50));
                INSERT INTO canary VALUES (1, 'still here');
                CREATE USER '%1$s'@'%%';
                GRANT SELECT ON `%2$s`.* TO '%1$s'@'%%';
                """.formatted(user, db));
    }

    @AfterEach
    void cleanUp() {
        server.run("", "DROP USER IF EXISTS '" + user + "'@'%'");
        server.dropDatabase(db);
    }

    @Test
    void selectOnlyAccountPlansButCannotApplyAndNothingChanges() throws Exception {
        Path schema = Files.writeString(tmp.resolve("schema.sql"), """
                CREATE TABLE accounts (id int PRIMARY KEY, name varchar(50), email varchar(100));
                CREATE TABLE canary (id int PRIMARY KEY, note varchar(50));
                CREATE TABLE orders (id int PRIMARY KEY, account_id int,
                  CONSTRAINT orders_account FOREIGN KEY (account_id) REFERENCES accounts (id));
                """);
        DatabaseUrl root = DatabaseUrl.parse(server.url(db));
        DatabaseUrl asUser = DatabaseUrl.parse("mysql://" + user + "@" + root.host() + ":"
                + (root.port() == null ? 3306 : root.port()) + "/" + db);
        DatabaseUrl dev = DatabaseUrl.parse(server.url(""));
        SyncRequest request = new SyncRequest(asUser, null, new SqlFilesSource(List.of(schema), dev), null);
        Schema before = MysqlSync.inspect(db);

        PlanResult planned = new PlanUseCase().run(request);
        assertThat(planned.inSync()).isFalse();
        assertThat(planned.plan().statements().toString()).contains("CREATE TABLE `orders`").contains("ADD COLUMN `email`");

        SyncdbException refused = catchThrowableOfType(() -> new ApplyUseCase().run(request, ApplyOptions.auto(false)),
                SyncdbException.class);
        assertThat(refused).isNotNull();
        assertThat(refused.getMessage()).doesNotContain("\n")
                .contains("permission denied: CREATE on database `" + db + "` (to create table `orders`) for " + user + "@%")
                .contains("permission denied: ALTER on table `" + db + "`.`accounts` for " + user + "@%")
                .contains("permission denied: UPDATE on table `" + db + "`.`syncdb_history` (the apply journal) for " + user + "@%")
                .endsWith("nothing was changed");
        try (Session s = Session.open(root, null, false)) {
            assertThat(new Differ(s.dialect().diffHooks()).diff(before, s.inspect())).isEmpty();
        }
        try (Connection c = server.connect(db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT note FROM canary WHERE id = 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
        }

        server.run("", "GRANT CREATE, ALTER, INDEX, REFERENCES, INSERT, UPDATE ON `" + db + "`.* TO '" + user + "'@'%'");
        ApplyResult applied = new ApplyUseCase().run(request, ApplyOptions.auto(false));
        assertThat(applied.outcome()).isEqualTo(ApplyResult.Outcome.APPLIED);
        assertThat(MysqlSync.inspect(db).table("orders")).isPresent();
    }

    @Test
    void withoutADevUrlTheAccountIsToldWhereToBuildTheDesiredSchema() throws Exception {
        Path schema = Files.writeString(tmp.resolve("schema.sql"), "CREATE TABLE t (id int);");
        DatabaseUrl root = DatabaseUrl.parse(server.url(db));
        DatabaseUrl asUser = DatabaseUrl.parse("mysql://" + user + "@" + root.host() + ":"
                + (root.port() == null ? 3306 : root.port()) + "/" + db);
        SyncdbException e = catchThrowableOfType(() -> new PlanUseCase().run(
                new SyncRequest(asUser, null, new SqlFilesSource(List.of(schema), null), null)), SyncdbException.class);
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n").contains("give --dev-url");
    }
}
