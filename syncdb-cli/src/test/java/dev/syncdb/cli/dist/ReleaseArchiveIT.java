package dev.syncdb.cli.dist;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The release archive the build makes (run after {@code package}): unzipped, its launcher runs
 * syncdb from any working directory, and it carries the Windows launcher and the completion script.
 */
class ReleaseArchiveIT {

    @TempDir
    Path tmp;

    @Test
    void unzippedTheLauncherRunsFromAnyDirectory() throws Exception {
        Path home = unzip(archive(), tmp.resolve("install"));
        Path launcher = home.resolve("bin/syncdb");
        Files.setPosixFilePermissions(launcher, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_EXECUTE));
        Path work = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(work.resolve("schema.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");

        Result version = run(work, launcher.toString(), "--version");
        assertThat(version.code()).as(version.out()).isZero();
        assertThat(version.out()).contains("syncdb");

        Result apply = run(work, launcher.toString(), "apply", "--auto", "--no-backup", "--url", "sqlite:app.db", "--schema", "schema.sql");
        assertThat(apply.code()).as(apply.out()).isZero();
        Result check = run(work, launcher.toString(), "check", "--url", "sqlite:app.db", "--schema", "schema.sql");
        assertThat(check.code()).as(check.out()).isZero();
        assertThat(work.resolve("app.db")).exists();

        assertThat(Files.readString(home.resolve("bin/syncdb.cmd"))).contains("\r\n", "lib\\syncdb.jar");
        assertThat(Files.readString(home.resolve("completion/syncdb_completion"))).contains("create-tables", "--lock-timeout");
    }

    record Result(int code, String out) {
    }

    private static Result run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }

    private static Path archive() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "target"))) {
            List<Path> zips = files.filter(f -> f.getFileName().toString().matches("syncdb-.*\\.zip")).toList();
            assertThat(zips).as("the release archive in target/").hasSize(1);
            return zips.get(0);
        }
    }

    private static Path unzip(Path zip, Path into) throws IOException {
        Path top = null;
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                Path target = into.resolve(e.getName()).normalize();
                assertThat(target.startsWith(into)).as(e.getName()).isTrue();
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    top = top == null ? target : top;
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(z, target);
                }
            }
        }
        return top;
    }
}
