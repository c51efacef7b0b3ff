package dev.syncdb.engine.migrate;

import dev.syncdb.SyncdbException;
import dev.syncdb.engine.backup.Backup;
import dev.syncdb.migrate.HistoryRow;
import dev.syncdb.migrate.Migration;
import dev.syncdb.migrate.MigrationState;
import dev.syncdb.migrate.Version;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs down files of applied migrations, newest first: the last N ({@code -N}), every one above a
 * version, or all ({@code base}). Refuses before running anything when one has no down file. Before
 * a real run it tells what the downgrade loses ({@link DowngradeLosses}: dropped tables and columns
 * with their row and value counts), refuses (exit 3) when that is data and {@code allowDestructive}
 * is off, and takes the backup the options ask for.
 */
public final class DowngradeUseCase {

    /**
     * {@code target}: "-N", a version, or "base"; {@code dryRun}: return the SQL instead of running it;
     * {@code allowDestructive}: run even when rows or values would be lost; {@code backup}: taken before
     * the first down file runs (null = none); {@code warn} hears one line per data-losing change.
     */
    public record Options(String target, boolean dryRun, boolean allowDestructive, Backup backup, Consumer<String> warn) {
        public Options {
            warn = warn == null ? w -> { } : warn;
        }

        public Options(String target, boolean dryRun) {
            this(target, dryRun, false, null, null);
        }
    }

    public MigrationRunResult run(MigrationRequest request, Options options) {
        try (MigrationSession ms = MigrationSession.open(request, false)) {
            if (!options.dryRun()) {
                ms.lock();
            }
            MigrationState state = ms.state();
            state.validate(ms.dirLabel(), true);
            List<Migration> todo = selected(state, options.target(), ms.dirLabel());
            refuseIrreversible(todo, ms.dirLabel());
            String from = state.current().map(Version::text).orElse("base");
            String to = remaining(state, todo);
            String target = ms.session().target();
            if (options.dryRun()) {
                DryRunScript sql = new DryRunScript("downgrade", target, ms.history());
                todo.forEach(m -> sql.script(m.down(), HistoryRow.DOWN));
                return new MigrationRunResult(target, from, to, List.of(), sql.text());
            }
            if (!todo.isEmpty()) {
                checkLosses(ms, state, todo, options);
                if (options.backup() != null) {
                    options.backup().take(ms.session());
                }
            }
            List<HistoryRow> ran = ms.run(todo.stream().map(Migration::down).toList(), HistoryRow.DOWN, "Downgrading");
            return new MigrationRunResult(target, from, to, ran, null);
        }
    }

    private static void checkLosses(MigrationSession ms, MigrationState state, List<Migration> todo, Options options) {
        List<Migration> remaining = state.appliedMigrations().stream().filter(m -> !todo.contains(m)).toList();
        List<DowngradeLosses.Loss> losses;
        try {
            losses = DowngradeLosses.of(ms.session(), state.appliedMigrations(), remaining);
        } catch (SyncdbException e) {
            options.warn().accept("warning: cannot tell what the downgrade drops (" + e.getMessage() + "; a database"
                    + " whose first tables were not made by a migration replays only from a baseline migration);"
                    + " no data check was made");
            return;
        }
        losses.forEach(l -> options.warn().accept("warning: the downgrade will " + l.change() + " (" + l.measured() + ")"
                + (l.maybeRename().isEmpty() ? "" : ", unless its down file renames it to " + l.maybeRename()
                + ", which keeps the data")));
        List<DowngradeLosses.Loss> data = losses.stream().filter(DowngradeLosses.Loss::losesData).toList();
        if (!data.isEmpty() && !options.allowDestructive()) {
            throw new SyncdbException(SyncdbException.REFUSED, "refused: the downgrade would lose data ("
                    + data.stream().limit(5).map(l -> l.change() + ": " + l.measured()).collect(Collectors.joining("; "))
                    + (data.size() > 5 ? "; ..." : "") + "); nothing was changed. Re-run with --allow-destructive"
                    + " (a backup is taken first unless --no-backup)");
        }
    }

    /** The applied migrations to undo, newest first. */
    private static List<Migration> selected(MigrationState state, String target, String dir) {
        List<Migration> applied = new ArrayList<>(state.appliedMigrations());
        java.util.Collections.reverse(applied);
        if (target == null || target.isBlank()) {
            throw SyncdbException.error("say how far to go back: -1 (the last migration), a version, or base");
        }
        if (target.equals("base")) {
            return applied;
        }
        if (target.matches("-\\d+")) {
            int n = Integer.parseInt(target.substring(1));
            return applied.subList(0, Math.min(n, applied.size()));
        }
        if (!Version.valid(target)) {
            throw SyncdbException.error("not a downgrade target: '" + target + "' (use -1, -N, a version, or base)");
        }
        Version v = new Version(target);
        if (!state.isApplied(v)) {
            throw SyncdbException.error("version " + v + " is not applied; downgrade goes back to an applied version "
                    + "(see `syncdb history`), or to base");
        }
        return applied.stream().filter(m -> m.version().compareTo(v) > 0).toList();
    }

    private static void refuseIrreversible(List<Migration> todo, String dir) {
        List<Migration> missing = todo.stream().filter(m -> !m.reversible()).toList();
        if (!missing.isEmpty()) {
            throw new SyncdbException(SyncdbException.REFUSED, "cannot downgrade: no down file in " + dir + " for "
                    + missing.stream().map(m -> m.up().fileName()).collect(Collectors.joining(", "))
                    + " (write U<version>__<slug>.sql by hand); nothing was changed");
        }
    }

    private static String remaining(MigrationState state, List<Migration> undone) {
        List<Version> gone = undone.stream().map(Migration::version).toList();
        return state.applied().keySet().stream().filter(v -> !gone.contains(v)).reduce((a, b) -> b)
                .map(Version::text).orElse("base");
    }
}
