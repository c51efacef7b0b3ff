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
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A MariaDB user with a password (created for the test, dropped afterwards): a URL without the
 * password connects through MYSQL_PWD, ~/.my.cnf of the run's HOME, or --defaults-file, and fails
 * in one line naming where a password could be without any.
 */
@dev.syncdb.testkit.NeedsMysql
class MysqlPasswordCliTest {
    private static final String HOSTS = "'127.0.0.1', 'localhost', '%'";
    final MysqlServer server = MysqlServer.local();
    final String user = "sdb_pw_" + UUID.randomUUID().toString().substring(0, 8);
    final String secret = "Pw" + UUID.randomUUID().toString().replace("-", "");
    String db;

    @TempDir
    Path dir;

    @BeforeEach
    void userWithPassword() throws IOException {
        db = server.freshDatabase();
        for (String host : HOSTS.split(", ")) {
            server.run("", "CREATE USER '" + user + "'@" + host + " IDENTIFIED BY '" + secret + "';"
                    + "GRANT ALL ON `" + db + "`.* TO '" + user + "'@" + host + ";"
                    + "GRANT ALL ON `syncdb\\_scratch\\_%`.* TO '" + user + "'@" + host + ";");
        }
        Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE t (id int PRIMARY KEY);\n");
    }

    @AfterEach
    void dropUser() {
        for (String host : HOSTS.split(", ")) {
            server.run("", "DROP USER IF EXISTS '" + user + "'@" + host);
        }
        server.dropDatabase(db);
    }

    private Result check(Map<String, String> env, String... extra) {
        String[] args = new String[3 + extra.length];
        System.arraycopy(new String[]{"check", "--schema", "schema.sql"}, 0, args, 0, 3);
        System.arraycopy(extra, 0, args, 3, extra.length);
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("DATABASE_URL", "mysql://" + user + "@127.0.0.1:3306/" + db);
        return CliRunner.run(dir, all, args);
    }

    private Path optionFile(String name) throws IOException {
        Path f = Files.writeString(dir.resolve(name), "[client]\nuser=ignored\npassword=\"" + secret + "\"\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        return f;
    }

    @Test
    void mysqlPwdConnects() {
        Result r = check(Map.of("MYSQL_PWD", secret));
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).contains("create table t").doesNotContain(secret);
    }

    @Test
    void myCnfInHomeAndADefaultsFileConnect() throws IOException {
        Files.createDirectories(dir.resolve("home"));
        optionFile("home/.my.cnf");
        Result home = check(Map.of("HOME", dir.resolve("home").toString()));
        assertThat(home.code()).as(home.err()).isEqualTo(2);

        optionFile("ci.cnf");
        Result named = check(Map.of("HOME", dir.toString()), "--defaults-file", "ci.cnf");
        assertThat(named.code()).as(named.err()).isEqualTo(2);
        assertThat(named.out() + named.err()).doesNotContain(secret);
    }

    @Test
    void withoutAPasswordItFailsInOneLine() {
        Result r = check(Map.of("HOME", dir.toString()));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines()).singleElement().asString()
                .startsWith("error: cannot connect to mysql://" + user + "@127.0.0.1:3306/")
                .contains("no password in the URL, in MYSQL_PWD or in the option file " + dir.resolve(".my.cnf"));
    }

    @Test
    void theReadmeShowsTheErrorWithoutAPassword() {
        String url = "mysql://" + user + "@127.0.0.1:3306/" + db;
        Transcript t = new Transcript(dir, Map.of(), "syncdb");
        t.say("$ HOME=/tmp/sec-demo/h syncdb status --url mysql://shop@127.0.0.1:3306/shopdemo");
        t.output(CliRunner.run(dir, Map.of("HOME", dir.toString()), "status", "--url", url));
        assertThat(t.last().code()).isEqualTo(1);
        ReadmeOutput.assertShows("security-mysql-no-password", t.lines(), new dev.syncdb.testkit.readme.Normalize()
                .replacing(url, "mysql://shop@127.0.0.1:3306/shopdemo").replacing("'" + user + "'", "'shop'")
                .replacing(dir + "/", "/tmp/sec-demo/h/"), l -> l.replaceAll("\\(conn=\\d+\\)", "(conn=#)"));
    }
}
