package dev.syncdb.postgres;

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

/** Where a PostgreSQL password comes from: URL, then PGPASSWORD, then the password file, with libpq's matching. */
class PgPasswordTest {
    @TempDir
    Path home;
    final List<String> warnings = new ArrayList<>();

    private DialectContext env(Map<String, String> env) {
        return new DialectContext(env, "tester", warnings::add);
    }

    private Path pgpass(String text) throws Exception {
        Path f = Files.writeString(home.resolve(".pgpass"), text);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        return f;
    }

    @Test
    void theUrlWinsOverTheVariableWhichWinsOverTheFile() throws Exception {
        pgpass("*:*:*:*:from-file\n");
        DialectContext both = env(Map.of("HOME", home.toString(), "PGPASSWORD", "from-env"));
        assertThat(PgPassword.resolve(DatabaseUrl.parse("postgresql://app:from-url@h/db"), null, both)).isEqualTo("from-url");
        assertThat(PgPassword.resolve(DatabaseUrl.parse("postgresql://app@h/db"), null, both)).isEqualTo("from-env");
        DialectContext file = env(Map.of("HOME", home.toString()));
        assertThat(PgPassword.resolve(DatabaseUrl.parse("postgresql://app@h/db"), null, file)).isEqualTo("from-file");
        assertThat(PostgresConnector.properties(DatabaseUrl.parse("postgresql://app@h/db"), file).getProperty("password"))
                .isEqualTo("from-file");
        assertThat(PgPassword.resolve(DatabaseUrl.parse("postgresql://app@h/db"), null, env(Map.of()))).isNull();
    }

    @Test
    void theFirstLineMatchingHostPortDatabaseAndUserWins() {
        List<String> lines = List.of("# comment", "db.example:5433:shop:app:port-5433",
                "db.example:*:shop:app:any-port", "*:*:*:app:anything-for-app", "*:*:*:*:last");
        assertThat(PgPassword.lookup(lines, "db.example", "5433", "shop", "app")).contains("port-5433");
        assertThat(PgPassword.lookup(lines, "db.example", "5432", "shop", "app")).contains("any-port");
        assertThat(PgPassword.lookup(lines, "other", "5432", "shop", "app")).contains("anything-for-app");
        assertThat(PgPassword.lookup(lines, "other", "5432", "shop", "bob")).contains("last");
        assertThat(PgPassword.lookup(List.of("h:5432:db:u:pw", "bad line"), "h", "5432", "db", "v")).isEmpty();
    }

    @Test
    void backslashEscapesAColonABackslashAndALiteralStar() {
        assertThat(PgPassword.fields("h\\:1:5432:d\\\\b:u:pa\\:ss:word")).containsExactly("h:1", "5432", "d\\b", "u", "pa:ss:word");
        assertThat(PgPassword.lookup(List.of("\\*:*:*:*:literal-star"), "h", "5432", "db", "u")).isEmpty();
        assertThat(PgPassword.lookup(List.of("\\*:*:*:*:literal-star"), "*", "5432", "db", "u")).contains("literal-star");
    }

    @Test
    void pgpassfileAndTheDefaultsOfHostPortAndDatabase() throws Exception {
        Path named = Files.writeString(home.resolve("elsewhere"), "localhost:5432:app:app:named\n");
        Files.setPosixFilePermissions(named, PosixFilePermissions.fromString("rw-------"));
        DialectContext c = env(Map.of("HOME", "/nonexistent", "PGPASSFILE", named.toString()));
        assertThat(PgPassword.resolve(DatabaseUrl.parse("postgresql://app@/"), null, c)).isEqualTo("named");
        assertThat(PgPassword.resolve(DatabaseUrl.parse("postgresql://app@localhost/other"), null, c)).isNull();
        assertThat(PgPassword.resolve(DatabaseUrl.parse("postgresql://app@localhost/other"), "app", c)).isEqualTo("named");
    }

    @Test
    void aFileOthersCanReadIsIgnoredWithOneWarning() throws Exception {
        Path f = pgpass("*:*:*:*:secret\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        DialectContext c = env(Map.of("HOME", home.toString()));
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app@h/db");
        assertThat(PgPassword.resolve(url, null, c)).isNull();
        assertThat(PgPassword.resolve(url, null, c)).isNull();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).contains(f.toString(), "group or world access", "rw-r--r--", "chmod 600")
                .doesNotContain("secret");
    }
}
