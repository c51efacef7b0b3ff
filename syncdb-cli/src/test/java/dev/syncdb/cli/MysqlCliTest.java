package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import dev.syncdb.testkit.MysqlServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

/** check, plan and apply end to end against the local MariaDB, with the URL forms users write. */
@dev.syncdb.testkit.NeedsMysql
class MysqlCliTest {
    static final String SCHEMA = """
            CREATE TABLE users (
              id int AUTO_INCREMENT PRIMARY KEY,
              email varchar(200) NOT NULL UNIQUE
            );
            CREATE TABLE orders (
              id bigint AUTO_INCREMENT PRIMARY KEY,
              user_id int NOT NULL,
              total decimal(10, 2),
              CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id)
            );
            """;

    @TempDir
    Path dir;
    final MysqlServer server = MysqlServer.local();
    String db;

    @BeforeEach
    void freshDatabase() throws IOException {
        db = server.freshDatabase();
        Files.writeString(dir.resolve("schema.sql"), SCHEMA);
    }

    @AfterEach
    void dropDatabase() {
        server.dropDatabase(db);
    }

    private Result cli(String... args) {
        return CliRunner.run(dir, Map.of(), args);
    }

    List<String> tables() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = server.connect(db); ResultSet rs = c.createStatement().executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY 1")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void checkPlanApplyCheckOverEveryUrlForm() throws SQLException {
        String url = server.url(db);
        Result check = cli("check", "--url", url, "--schema", "schema.sql");
        assertThat(check.code()).as(check.err()).isEqualTo(2);
        assertThat(check.out()).contains("(MariaDB ", "create table users", "create table orders");

        Result plan = cli("plan", "--url", url.replace("mysql://", "jdbc:mariadb://"), "--schema", "schema.sql");
        assertThat(plan.code()).as(plan.err()).isZero();
        assertThat(plan.out()).contains("-- schema:  " + db, "no transactional DDL", "CREATE TABLE `users`",
                "CONSTRAINT `orders_user_fk` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)");
        assertThat(tables()).isEmpty();

        Result apply = cli("apply", "--auto", "--no-backup", "--url", url.replace("mysql://", "mariadb://"),
                "--schema", "schema.sql");
        assertThat(apply.code()).as(apply.err()).isZero();
        assertThat(apply.out()).contains("verified");
        assertThat(tables()).as("the apply journal lives in syncdb_history").containsExactly("orders", "syncdb_history", "users");

        Result again = cli("check", "--url", url.replace("mysql://", "jdbc:mysql://"), "--schema", "schema.sql");
        assertThat(again.code()).as(again.out() + again.err()).isZero();
        assertThat(again.out()).contains("In sync");
    }

    @Test
    void wrongPasswordAndUnreachableHostAreOneLineErrorsWithoutThePassword() {
        String bad = server.url(db).replace("mysql://root@", "mysql://root:s3cret-pw@");
        Result denied = cli("check", "--url", bad, "--schema", "schema.sql");
        assertThat(denied.code()).isEqualTo(1);
        assertThat(denied.err()).startsWith("error: cannot connect to mysql://root:***@").contains("Access denied")
                .doesNotContain("s3cret-pw");
        assertThat(denied.err().strip().lines()).hasSize(1);

        Result down = cli("check", "--url", "mysql://root:s3cret-pw@127.0.0.1:1/" + db, "--schema", "schema.sql");
        assertThat(down.code()).isEqualTo(1);
        assertThat(down.err()).startsWith("error: cannot connect to mysql://root:***@127.0.0.1:1/")
                .doesNotContain("s3cret-pw");
    }
}
