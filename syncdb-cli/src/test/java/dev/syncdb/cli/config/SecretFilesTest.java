package dev.syncdb.cli.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A settings file that holds a password and others can read gets a one-line warning. */
class SecretFilesTest {
    @TempDir
    Path dir;

    private Path file(String name, String text, String perms) throws Exception {
        Path f = Files.writeString(dir.resolve(name), text);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(perms));
        return f;
    }

    @Test
    void aReadablePasswordIsWarnedAboutWithoutShowingIt() throws Exception {
        Path env = file(".env", "DATABASE_URL=postgresql://app:s3cret@db/app\n", "rw-r--r--");
        assertThat(SecretFiles.warning(env, List.of("postgresql://app:s3cret@db/app"))).hasValueSatisfying(w -> assertThat(w)
                .isEqualTo("warning: " + env + " holds a database password and other users can read it (mode rw-r--r--): chmod 600 " + env));
        Path yaml = file("syncdb.yaml", "url: sqlite:app.db\n", "rw-rw----");
        assertThat(SecretFiles.warning(yaml, Arrays.asList("sqlite:app.db", "jdbc:postgresql://h/d?user=u&password=p")))
                .get().asString().contains("mode rw-rw----");
    }

    @Test
    void noWarningForAnOwnerOnlyFileOrAUrlWithoutPassword() throws Exception {
        Path env = file(".env", "x", "rw-------");
        assertThat(SecretFiles.warning(env, List.of("postgresql://app:s3cret@db/app"))).isEmpty();
        Path open = file("open.env", "x", "rw-r--r--");
        assertThat(SecretFiles.warning(open, Arrays.asList("postgresql://app@db/app", null, "not a url"))).isEmpty();
    }
}
