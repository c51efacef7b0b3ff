package dev.syncdb.dialect;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Owner-only files and folders on this machine's POSIX file system, and the ACL used where there is none. */
class OwnerOnlyFilesTest {
    @TempDir
    Path dir;

    @Test
    void aNewFileIsReadAndWrittenByItsOwnerOnlyWhateverTheFolderAllows() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path f = OwnerOnlyFiles.createFile(dir.resolve("backup.dump"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------");
        assertThat(Files.size(f)).isZero();
        assertThatThrownBy(() -> OwnerOnlyFiles.createFile(f)).isInstanceOf(FileAlreadyExistsException.class);
    }

    @Test
    void foldersCreatedAreOwnerOnlyAndExistingOnesAreLeftAlone() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        OwnerOnlyFiles.createDirectories(dir.resolve("a/b"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwxr-xr-x");
        OwnerOnlyFiles.createDirectories(dir.resolve("a/b"));
    }

    @Test
    void tellsWhoElseMayReadOrWrite() throws Exception {
        Path f = Files.writeString(dir.resolve("f"), "x");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        assertThat(OwnerOnlyFiles.writableByOthers(f)).isEmpty();
        assertThat(OwnerOnlyFiles.readableByOthers(f)).isEmpty();
        assertThat(OwnerOnlyFiles.accessibleByOthers(f)).isEmpty();
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(OwnerOnlyFiles.writableByOthers(f)).isEmpty();
        assertThat(OwnerOnlyFiles.readableByOthers(f)).contains("rw-r--r--");
        assertThat(OwnerOnlyFiles.accessibleByOthers(f)).contains("rw-r--r--");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw--w----"));
        assertThat(OwnerOnlyFiles.writableByOthers(f)).contains("rw--w----");
    }

    @Test
    void withoutPosixModesTheAclAllowsTheOwnerAloneEverything() {
        UserPrincipal owner = () -> "alice";
        var acl = OwnerOnlyFiles.ownerOnlyAcl(owner);
        assertThat(acl).hasSize(1);
        assertThat(acl.get(0).principal()).isSameAs(owner);
        assertThat(acl.get(0).type()).isEqualTo(AclEntryType.ALLOW);
        assertThat(acl.get(0).permissions()).isEqualTo(EnumSet.allOf(AclEntryPermission.class));
    }
}
