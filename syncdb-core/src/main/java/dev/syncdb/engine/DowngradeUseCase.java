package dev.syncdb.engine;

import dev.syncdb.SyncdbException;
import dev.syncdb.migrate.HistoryRow;
import dev.syncdb.migrate.Migration;
import dev.syncdb.migrate.MigrationState;
import dev.syncdb.migrate.Version;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs down files of applied migrations, newest first: the last N ({@code -N}), every one above a
 * version, or all ({@code base}). Refuses before running anything when one has no down file.
 */
public final class DowngradeUseCase {

    /** {@code target}: "-N", a version, or "base"; {@code dryRun}: return the SQL instead of running it. */
    public record Options(String target, boolean dryRun) {
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
            String target = ms.session().url().masked();
            if (options.dryRun()) {
                DryRunScript sql = new DryRunScript("downgrade", target, ms.history());
                todo.forEach(m -> sql.script(m.down(), HistoryRow.DOWN));
                return new MigrationRunResult(target, from, to, List.of(), sql.text());
            }
            List<HistoryRow> ran = new ArrayList<>();
            for (Migration m : todo) {
                ran.add(ms.runner().run(m.down(), HistoryRow.DOWN));
            }
            return new MigrationRunResult(target, from, to, ran, null);
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
