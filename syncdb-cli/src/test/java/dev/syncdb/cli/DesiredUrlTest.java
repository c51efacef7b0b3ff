package dev.syncdb.cli;

import dev.syncdb.cli.CliRunner.Result;
import dev.syncdb.testkit.PgServer;
import dev.syncdb.testkit.PgServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --desired-url}: drift between two live databases, and applying one's schema to the other. */
class DesiredUrlTest {

    @Test
    void comparesTwoLiveDatabasesAndConverges(@TempDir Path dir) {
        PgServer pg = PgServers.embedded();
        String staging = pg.freshDatabase();
        String prod = pg.freshDatabase();
        try {
            pg.run(staging, "CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255) NOT NULL);"
                    + "CREATE INDEX users_email_idx ON users (email)");
            pg.run(prod, "CREATE TABLE users (id bigint PRIMARY KEY, email varchar(100) NOT NULL)");
            Result drift = CliRunner.run(dir, Map.of(), "check", "--url", pg.url(prod), "--desired-url", pg.url(staging));
            assertThat(drift.code()).as(drift.err()).isEqualTo(2);
            assertThat(drift.out()).contains("alter column users.email", "create index users_email_idx");
            Result apply = CliRunner.run(dir, Map.of(), "apply", "--auto", "--url", pg.url(prod),
                    "--desired-url", pg.url(staging));
            assertThat(apply.code()).as(apply.err()).isZero();
            Result again = CliRunner.run(dir, Map.of(), "check", "--url", pg.url(prod), "--desired-url", pg.url(staging));
            assertThat(again.code()).isZero();
        } finally {
            pg.dropDatabase(staging);
            pg.dropDatabase(prod);
        }
    }

    @Test
    void refusesToCompareDifferentKindsOfDatabase(@TempDir Path dir) throws Exception {
        PgServer pg = PgServers.embedded();
        String db = pg.freshDatabase();
        java.nio.file.Files.createFile(dir.resolve("x.db"));
        try {
            Result r = CliRunner.run(dir, Map.of(), "check", "--url", pg.url(db),
                    "--desired-url", "sqlite:" + dir.resolve("x.db"));
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).startsWith("error: ").contains("compare databases of the same kind");
        } finally {
            pg.dropDatabase(db);
        }
    }
}
