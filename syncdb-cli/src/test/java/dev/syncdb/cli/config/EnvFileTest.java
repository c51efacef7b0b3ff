package dev.syncdb.cli.config;

import dev.syncdb.SyncdbException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnvFileTest {

    @Test
    void readsPlainExportedQuotedAndCommentedValues() {
        EnvFile env = EnvFile.parse("""
                # a comment
                PLAIN=postgresql://a@h/db
                export EXPORTED=sqlite:app.db
                DOUBLE="postgresql://u:p w@h/db"   # trailing comment
                SINGLE='it''s literal \\n'
                UNQUOTED=value # comment
                HASH=postgresql://u:p#w@h/db
                ESCAPED="a\\"b\\\\c\\nd"
                  SPACED = spaced value\s
                """);
        assertThat(env.get("PLAIN")).contains("postgresql://a@h/db");
        assertThat(env.get("EXPORTED")).contains("sqlite:app.db");
        assertThat(env.get("DOUBLE")).contains("postgresql://u:p w@h/db");
        assertThat(env.get("SINGLE")).contains("it");
        assertThat(env.get("UNQUOTED")).contains("value");
        assertThat(env.get("HASH")).contains("postgresql://u:p#w@h/db");
        assertThat(env.get("ESCAPED")).contains("a\"b\\c\nd");
        assertThat(env.get("SPACED")).contains("spaced value");
    }

    @Test
    void skipsMalformedLinesAndTreatsBlankAsAbsent() {
        EnvFile env = EnvFile.parse("no equals sign\n=novalue\n1BAD=x\nEMPTY=\nQUOTED_EMPTY=\"\"\r\nOK=1\r\n");
        assertThat(env.get("1BAD")).isEmpty();
        assertThat(env.get("EMPTY")).isEmpty();
        assertThat(env.get("QUOTED_EMPTY")).isEmpty();
        assertThat(env.get("OK")).contains("1");
    }

    @Test
    void singleQuotesKeepBackslashesAndHashes() {
        assertThat(EnvFile.parse("K='a\\nb # c' # comment").get("K")).contains("a\\nb # c");
    }

    @Test
    void missingFileIsEmptyUnlessRequired(@TempDir Path dir) {
        assertThat(EnvFile.load(dir.resolve(".env"), false).get("DATABASE_URL")).isEmpty();
        assertThatThrownBy(() -> EnvFile.load(dir.resolve("custom.env"), true))
                .isInstanceOf(SyncdbException.class)
                .hasMessageContaining("env file not found")
                .hasMessageContaining("custom.env");
    }

    @Test
    void windowsLineEndingsAndPathsAreRead() {
        EnvFile env = EnvFile.parse("# written on Windows\r\nDATABASE_URL=sqlite:C:\\data\\app.db\r\n"
                + "SCHEMA=\"db\\schema.sql\"\r\nPASSWORD='p\\w'\r\n");
        assertThat(env.get("DATABASE_URL")).contains("sqlite:C:\\data\\app.db");
        assertThat(env.get("PASSWORD")).contains("p\\w");
        assertThat(env.get("SCHEMA")).isPresent().get().asString().doesNotContain("\r").endsWith("schema.sql");
    }
}
