package dev.syncdb.dialect;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileOwnerAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Files and directories only their owner may use, as database tools keep dumps and password files:
 * on POSIX file systems mode 0600 for files and 0700 for directories, set explicitly after creation
 * so the umask does not matter; elsewhere, when the file system has ACLs (Windows), one entry that
 * gives the owner everything. Also tells whether a file is open to other users.
 */
public final class OwnerOnlyFiles {
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OTHERS_WRITE =
            EnumSet.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
    private static final Set<PosixFilePermission> OTHERS_READ =
            EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

    private OwnerOnlyFiles() {
    }

    /** Creates a new empty file (it must not exist) that only its owner may read and write. */
    public static Path createFile(Path file) throws IOException {
        if (posix(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        } else {
            Files.createFile(file);
        }
        restrict(file, false);
        return file;
    }

    /** Creates {@code dir} and its missing parents; each directory created here is owner-only (existing ones stay as they are). */
    public static void createDirectories(Path dir) throws IOException {
        Path abs = dir.toAbsolutePath().normalize();
        List<Path> missing = new ArrayList<>();
        for (Path p = abs; p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            try {
                Files.createDirectory(p);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (Files.isDirectory(p)) {
                    continue; // made at the same moment by another run
                }
                throw new FileSystemException(p.toString(), null, "exists and is not a directory");
            }
            restrict(p, true);
        }
    }

    /** Makes an existing file or directory owner-only (POSIX mode, else an owner-only ACL when the file system has ACLs). */
    public static void restrict(Path p, boolean directory) throws IOException {
        if (posix(p)) {
            Files.setPosixFilePermissions(p, directory ? DIRECTORY : FILE);
            return;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(p, AclFileAttributeView.class);
        FileOwnerAttributeView owner = Files.getFileAttributeView(p, FileOwnerAttributeView.class);
        if (acl != null && owner != null) {
            acl.setAcl(ownerOnlyAcl(owner.getOwner()));
        }
    }

    /** The ACL of an owner-only file: one entry allowing {@code owner} every permission, nobody else any. */
    public static List<AclEntry> ownerOnlyAcl(UserPrincipal owner) {
        return List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build());
    }

    /** The file's mode (e.g. {@code rw-rw-r--}) when group or others may write it; empty when not, or not POSIX. */
    public static Optional<String> writableByOthers(Path p) throws IOException {
        return open(p, OTHERS_WRITE);
    }

    /** The file's mode when group or others may read it; empty when not, or not POSIX. */
    public static Optional<String> readableByOthers(Path p) throws IOException {
        return open(p, OTHERS_READ);
    }

    /** The file's mode when group or others have any access (libpq's rule for password files); empty when not, or not POSIX. */
    public static Optional<String> accessibleByOthers(Path p) throws IOException {
        Set<PosixFilePermission> any = EnumSet.copyOf(OTHERS_READ);
        any.addAll(OTHERS_WRITE);
        any.add(PosixFilePermission.GROUP_EXECUTE);
        any.add(PosixFilePermission.OTHERS_EXECUTE);
        return open(p, any);
    }

    private static Optional<String> open(Path p, Set<PosixFilePermission> bits) throws IOException {
        if (!posix(p)) {
            return Optional.empty();
        }
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(p);
        return mode.stream().anyMatch(bits::contains) ? Optional.of(PosixFilePermissions.toString(mode)) : Optional.empty();
    }

    private static boolean posix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix")
                && Files.getFileAttributeView(p, PosixFileAttributeView.class) != null;
    }
}
