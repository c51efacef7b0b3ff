package dev.syncdb.migrate;

/** One migration version: its up script and its down script (null when there is no down file). */
public record Migration(Version version, String description, MigrationScript up, MigrationScript down) {

    public boolean reversible() {
        return down != null;
    }
}
