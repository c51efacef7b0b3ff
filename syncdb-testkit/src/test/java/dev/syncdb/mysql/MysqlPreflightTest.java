package dev.syncdb.mysql;

import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.plan.PreflightFinding;
import dev.syncdb.plan.PreflightReport;
import dev.syncdb.testkit.MysqlServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live-data preflight on MariaDB: NULLs before NOT NULL, duplicates before a unique index, too
 * long values before a narrowing, orphans before a foreign key, CHECK violations, and rows using an
 * enum label that goes away; each with its count and samples, before anything runs.
 */
@dev.syncdb.testkit.NeedsMysql
class MysqlPreflightTest {
    private final MysqlServer server = MysqlServer.local();
    private String db;

    @TempDir
    Path tmp;

    @BeforeEach
    void createDatabase() {
        db = server.freshDatabase();
        server.run(db, """
                CREATE TABLE users (id int PRIMARY KEY, email varchar(100), nick varchar(30), age int,
                  mood enum('sad','ok','gone'));
                CREATE TABLE posts (id int PRIMARY KEY, user_id int);
                INSERT INTO users VALUES (1, 'a@x', 'short', 20, 'ok'), (2, 'a@x', 'a-rather-long-nickname', -5, 'gone'),
                  (3, NULL, NULL, 30, 'gone');
                INSERT INTO posts VALUES (1, 1), (2, 99);
                """);
    }

    @AfterEach
    void dropDatabase() {
        server.dropDatabase(db);
    }

    @Test
    void everyRiskyStepIsCheckedOnTheLiveRows() throws Exception {
        Path file = Files.writeString(tmp.resolve("schema.sql"), """
                CREATE TABLE users (id int PRIMARY KEY, email varchar(100) NOT NULL, nick varchar(10), age int,
                  mood enum('sad','ok'), UNIQUE KEY users_email (email), CONSTRAINT users_age CHECK (age >= 0));
                CREATE TABLE posts (id int PRIMARY KEY, user_id int,
                  CONSTRAINT posts_user FOREIGN KEY (user_id) REFERENCES users (id));
                """);
        PlanResult r = new PlanUseCase().run(MysqlSync.request(db, file));
        String blocked = r.preflight().stream().filter(PreflightReport::blocked)
                .map(p -> p.comment() + " => " + p.blocking().stream().map(PreflightFinding::message)
                        .collect(Collectors.joining("; "))).collect(Collectors.joining("\n"));
        assertThat(blocked)
                .contains("alter column users.email")
                .contains("users_email")
                .contains("alter column users.nick")
                .contains("posts[user_id] -> users")
                .contains("users_age");
        List<PreflightFinding> all = r.preflight().stream().flatMap(p -> p.findings().stream()).toList();
        assertThat(all).noneMatch(f -> f.status() == PreflightFinding.Status.NOT_CHECKED && f.check().contains("null"));
        assertThat(all).anyMatch(f -> f.count() == 2 && f.message().contains("gone"));
        assertThat(all).anyMatch(f -> f.samples().contains("99"));
        assertThat(all).anyMatch(f -> f.samples().contains("a-rather-long-nickname"));
    }
}
