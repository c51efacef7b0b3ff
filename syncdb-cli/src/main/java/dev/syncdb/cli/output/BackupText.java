package dev.syncdb.cli.output;

import dev.syncdb.dialect.BackupResult;
import dev.syncdb.dialect.RestoreResult;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How backups and restores are reported: {@code Backup: backups/app-20261125T053000Z.dump (1.2 MiB,
 * 5 tables, 1,234 rows, built-in dump)}, paths relative to the working directory when inside it.
 */
public final class BackupText {
    private final Path workDir;
    private final PrintStream out;

    public BackupText(Path workDir, PrintStream out) {
        this.workDir = workDir;
        this.out = out;
    }

    public void taken(BackupResult r) {
        taken(r, "");
    }

    /** The backup line with {@code indent} and a mark before it (the wizard's "  ✅ "). */
    public void taken(BackupResult r, String indent) {
        out.println(indent + "Backup: " + show(r.file()) + " (" + size(r.bytes()) + ", " + count(r.tables(), "table")
                + ", " + count(r.rows(), "row") + ", " + r.method() + ")");
        r.notes().forEach(n -> out.println(indent + "  note: " + n));
        out.flush();
    }

    public void restored(RestoreResult r) {
        out.println("Restored " + show(r.file()) + " (" + count(r.tables(), "table") + ", " + count(r.rows(), "row")
                + ", " + r.method() + "); row counts verified.");
    }

    /** The warning before a restore replaces a database that holds {@code tables} tables. */
    public void replacing(int tables) {
        out.println("The database is not empty: " + tables + " tables will be dropped and replaced by the backup.");
        out.flush();
    }

    public String show(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = workDir.toAbsolutePath().normalize();
        return abs.startsWith(base) ? base.relativize(abs).toString() : abs.toString();
    }

    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double v = bytes;
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        int i = -1;
        while (v >= 1024 && i < units.length - 1) {
            v /= 1024;
            i++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[i]);
    }

    public static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? noun : noun + "s");
    }
}
