package dev.syncdb.dialect;

/** The part of a dialect that writes and restores full backups. */
public interface Backups {

    /** The dialect's name, for messages. */
    String name();

    /** How this dialect writes and restores full backups; dialects without one fail with a clear error. */
    default BackupProvider backupProvider() {
        throw dev.syncdb.SyncdbException.error("backups are not supported for " + name() + " databases yet");
    }
}
