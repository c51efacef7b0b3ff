package dev.syncdb.sqlite;

import dev.syncdb.dialect.MigrationLock;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The SQLite migration lock: an OS file lock on {@code <database>.syncdb-lock}, which works across
 * processes and which the OS releases when the holding process dies. The holder writes who it is
 * into the file for waiting runs to show. An in-memory database needs no lock.
 */
final class SqliteMigrationLock implements MigrationLock {
    private final Path file;
    private final String userName;
    private FileChannel channel;
    private FileLock lock;

    /** {@code database} null = an in-memory database; {@code userName} is written as the holder's user. */
    SqliteMigrationLock(Path database, String userName) {
        this.userName = userName;
        this.file = database == null ? null : database.resolveSibling(database.getFileName() + ".syncdb-lock");
    }

    @Override
    public boolean tryAcquire() throws SQLException {
        if (file == null) {
            return true;
        }
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null;
            }
            if (l == null) {
                ch.close();
                return false;
            }
            channel = ch;
            lock = l;
            writeHolder();
            return true;
        } catch (IOException e) {
            throw new SQLException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    private void writeHolder() throws IOException {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown host";
        }
        String who = "pid " + ProcessHandle.current().pid() + ", user " + userName
                + ", host " + host + ", since " + Instant.now() + " (lock file " + file + ")";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(who.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    @Override
    public String holder() {
        try {
            String who = Files.readString(file, StandardCharsets.UTF_8).strip();
            return who.isEmpty() ? "another process (lock file " + file + ")" : who;
        } catch (IOException e) {
            return "another process (lock file " + file + ")";
        }
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // closing the channel releases the lock in any case
        }
        lock = null;
        channel = null;
    }
}
