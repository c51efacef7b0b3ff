package dev.syncdb.migrate;

import dev.syncdb.SyncdbException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where a database stands, computed from the migration files and the history rows: which versions
 * are applied (the successful row that last applied each), which files are pending, and whether the
 * two agree ({@link #validate}).
 */
public final class MigrationState {
    private final List<Migration> files;
    private final Map<Version, HistoryRow> applied = new TreeMap<>();

    public MigrationState(List<Migration> files, List<HistoryRow> rows) {
        this.files = List.copyOf(files);
        for (HistoryRow r : rows) {
            if (!r.success() || !Version.valid(r.version()) || r.type().equals(HistoryRow.ADOPT)) {
                continue;
            }
            if (r.applies()) {
                applied.put(new Version(r.version()), r);
            } else {
                applied.remove(new Version(r.version()));
            }
        }
    }

    /**
     * This state with the files of {@code versions} applied too, where syncdb's history does not
     * say so: they were run by another runner ({@code runner}, e.g. Flyway running files written in
     * its format). Their rows carry no checksum (the other runner keeps its own).
     */
    public MigrationState withAppliedBy(String runner, java.util.Set<Version> versions) {
        MigrationState out = new MigrationState(files, List.of());
        out.applied.putAll(applied);
        for (Migration m : files) {
            if (versions.contains(m.version()) && !applied.containsKey(m.version())) {
                out.applied.put(m.version(), new HistoryRow(0, m.version().text(), m.description(), HistoryRow.UP,
                        m.up().fileName(), null, runner, java.time.Instant.EPOCH, 0, true, null, 0));
            }
        }
        return out;
    }

    public List<Migration> files() {
        return files;
    }

    /** Applied versions in version order, each with the row that applied it. */
    public Map<Version, HistoryRow> applied() {
        return applied;
    }

    public boolean isApplied(Version v) {
        return applied.containsKey(v);
    }

    /** The highest applied version, if any. */
    public Optional<Version> current() {
        return applied.isEmpty() ? Optional.empty() : Optional.of(((TreeMap<Version, HistoryRow>) applied).lastKey());
    }

    /** Files not applied, in version order. */
    public List<Migration> pending() {
        return files.stream().filter(m -> !applied.containsKey(m.version())).toList();
    }

    /** Applied migrations that have files, in version order. */
    public List<Migration> appliedMigrations() {
        return files.stream().filter(m -> applied.containsKey(m.version())).toList();
    }

    public Optional<Migration> file(Version v) {
        return files.stream().filter(m -> m.version().equals(v)).findFirst();
    }

    /**
     * Refuses (exit 3) when history names a version without a file, when an applied file changed
     * since it ran, or when a pending file is older than the current version (unless
     * {@code outOfOrder}).
     */
    public void validate(String dir, boolean outOfOrder) {
        for (Map.Entry<Version, HistoryRow> e : applied.entrySet()) {
            Optional<Migration> m = file(e.getKey());
            if (m.isEmpty()) {
                throw refused("the database has version " + e.getKey() + " (" + e.getValue().script() + ") applied, but "
                        + dir + " has no file V" + e.getKey() + "__*.sql: the file was deleted, or the database was "
                        + "migrated from another branch. Restore the file, or run `syncdb stamp VERSION` to record which "
                        + "version the database is really at");
            }
            checkChecksum(m.get(), e.getValue());
        }
        if (!outOfOrder) {
            refuseOutOfOrder(dir);
        }
    }

    private void checkChecksum(Migration m, HistoryRow row) {
        String now = m.up().checksum().hex();
        if (row.checksum() != null && !row.checksum().equals(now)) {
            throw refused("migration file " + m.up().path() + " was changed after it was applied: checksum in history "
                    + row.checksum() + ", file now " + now + ". Undo the edit (write a new migration instead), or, if "
                    + "the edit was deliberate, run `syncdb repair` to accept the current files");
        }
    }

    private void refuseOutOfOrder(String dir) {
        Optional<Version> cur = current();
        if (cur.isEmpty()) {
            return;
        }
        List<Migration> older = new ArrayList<>();
        for (Migration m : pending()) {
            if (m.version().compareTo(cur.get()) < 0) {
                older.add(m);
            }
        }
        if (!older.isEmpty()) {
            throw refused(older.size() + " pending migration(s) in " + dir + " are older than the current version "
                    + cur.get() + " (" + older.stream().map(m -> m.up().fileName()).collect(Collectors.joining(", "))
                    + "), e.g. merged from another branch. Re-generate them with a newer version, or re-run with "
                    + "--out-of-order to apply them anyway");
        }
    }

    private static SyncdbException refused(String message) {
        return new SyncdbException(SyncdbException.REFUSED, message);
    }
}
