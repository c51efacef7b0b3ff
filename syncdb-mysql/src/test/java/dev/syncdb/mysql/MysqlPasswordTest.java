package dev.syncdb.mysql;

import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.DialectContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a MySQL password comes from: URL, then MYSQL_PWD, then an option file's client groups. */
class MysqlPasswordTest {
    @TempDir
    Path home;
    final List<String> warnings = new ArrayList<>();

    private DialectContext env(Map<String, String> env) {
        return new DialectContext(env, "tester", warnings::add);
    }

    @Test
    void theUrlWinsOverMysqlPwdWhichWinsOverMyCnf() throws Exception {
        Files.writeString(home.resolve(".my.cnf"), "[client]\npassword=from-file\n");
        DatabaseUrl bare = DatabaseUrl.parse("mysql://app@h/db");
        DialectContext both = env(Map.of("HOME", home.toString(), "MYSQL_PWD", "from-env"));
        assertThat(MysqlPassword.resolve(DatabaseUrl.parse("mysql://app:from-url@h/db"), both)).isEqualTo("from-url");
        assertThat(MysqlPassword.resolve(bare, both)).isEqualTo("from-env");
        assertThat(MysqlPassword.resolve(bare, env(Map.of("HOME", home.toString())))).isEqualTo("from-file");
        assertThat(MysqlPassword.resolve(bare, env(Map.of()))).isNull();
    }

    @Test
    void aDefaultsFileIsReadInsteadOfMyCnf() throws Exception {
        Files.writeString(home.resolve(".my.cnf"), "[client]\npassword=home\n");
        Path other = Files.writeString(home.resolve("ci.cnf"), "[mysql]\npassword = \"ci # not a comment\"\n");
        DialectContext c = env(Map.of("HOME", home.toString())).withClientFile(other);
        assertThat(MysqlPassword.resolve(DatabaseUrl.parse("mysql://app@h/db"), c)).isEqualTo("ci # not a comment");
    }

    @Test
    void onlyClientGroupsCountAndTheLastSettingWins() {
        assertThat(MysqlPassword.password(List.of("[mysqld]", "password=server", "[client]", "# password=commented",
                "user=app", "password=first", "[mysqldump]", "password=dump", "[client-mariadb]",
                "password = 'second'  ", "[other]", "password=x"))).contains("second");
        assertThat(MysqlPassword.password(List.of("[client]", "password=bare # comment"))).contains("bare");
        assertThat(MysqlPassword.password(List.of("[client]", "password=a\\sb\\\\c"))).contains("a b\\c");
        assertThat(MysqlPassword.password(List.of("[mysqld]", "password=server"))).isEmpty();
    }

    @Test
    void anOptionFileOthersCanWriteIsIgnoredWithAWarning() throws Exception {
        Path f = Files.writeString(home.resolve(".my.cnf"), "[client]\npassword=secret\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw-rw-"));
        assertThat(MysqlPassword.resolve(DatabaseUrl.parse("mysql://app@h/db"), env(Map.of("HOME", home.toString())))).isNull();
        assertThat(warnings).singleElement().asString().contains(f.toString(), "other users", "chmod 600").doesNotContain("secret");
    }
}
