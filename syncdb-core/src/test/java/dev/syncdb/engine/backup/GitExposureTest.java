package dev.syncdb.engine.backup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** When a backup file would be committed: inside a git work tree and not ignored by a .gitignore. */
class GitExposureTest {
    @TempDir
    Path dir;

    @Test
    void outsideAWorkTreeNothingIsExposed() throws Exception {
        Files.createDirectories(dir.resolve("backups"));
        assertThat(GitExposure.exposedIn(dir.resolve("backups/app.dump"))).isEmpty();
    }

    @Test
    void insideAWorkTreeAFileNoRuleIgnoresIsExposed() throws Exception {
        repo();
        Files.createDirectories(dir.resolve("backups"));
        Files.writeString(dir.resolve(".gitignore"), "target/\n*.log\n");
        assertThat(GitExposure.exposedIn(dir.resolve("backups/app.dump"))).contains(dir.toAbsolutePath().normalize());
        assertThat(GitExposure.exposedIn(dir.resolve("app.dump"))).isPresent();
    }

    @Test
    void theBackupFoldersOwnIgnoreFileHidesItsFiles() throws Exception {
        repo();
        Files.createDirectories(dir.resolve("backups"));
        Backup.ignoreInGit(dir.resolve("backups"));
        assertThat(Files.readString(dir.resolve("backups/.gitignore"))).contains("\n*\n");
        assertThat(GitExposure.exposedIn(dir.resolve("backups/app.dump"))).isEmpty();
    }

    @Test
    void aFolderOrNamePatternAboveAlsoHidesIt() throws Exception {
        repo();
        Files.createDirectories(dir.resolve("db/backups"));
        Files.writeString(dir.resolve(".gitignore"), "backups/\n");
        assertThat(GitExposure.exposedIn(dir.resolve("db/backups/app.dump"))).isEmpty();
        Files.writeString(dir.resolve(".gitignore"), "# dumps\n*.dump\n");
        assertThat(GitExposure.exposedIn(dir.resolve("app.dump"))).isEmpty();
        Files.writeString(dir.resolve(".gitignore"), "/db/backups\n");
        assertThat(GitExposure.exposedIn(dir.resolve("db/backups/app.dump"))).isEmpty();
        assertThat(GitExposure.exposedIn(dir.resolve("app.dump"))).isPresent();
    }

    @Test
    void anOverriddenIgnoreFileExposesTheBackupsAgain() throws Exception {
        repo();
        Files.createDirectories(dir.resolve("backups"));
        Files.writeString(dir.resolve(".gitignore"), "*.dump\n");
        Files.writeString(dir.resolve("backups/.gitignore"), "*\n!*.dump\n");
        assertThat(GitExposure.exposedIn(dir.resolve("backups/app.dump"))).isPresent();
        assertThat(GitExposure.exposedIn(dir.resolve("backups/app.db"))).isEmpty();
    }

    @Test
    void aLinkedWorkTreeHasAGitFile() throws Exception {
        Files.writeString(dir.resolve(".git"), "gitdir: ../main/.git/worktrees/x\n");
        assertThat(GitExposure.exposedIn(dir.resolve("app.db"))).isPresent();
    }

    private void repo() throws Exception {
        Files.createDirectories(dir.resolve(".git"));
    }
}
