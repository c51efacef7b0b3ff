package dev.syncdb.engine.migrate;

import dev.syncdb.SyncdbException;
import dev.syncdb.diff.Differ;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.engine.session.Session;
import dev.syncdb.migrate.HistoryRow;
import dev.syncdb.migrate.Migration;
import dev.syncdb.migrate.MigrationState;
import dev.syncdb.migrate.Version;
import dev.syncdb.model.Schema;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Records that the database is at a version without running any script (adopting a database that
 * already has the tables, or correcting history): every file up to the version becomes applied
 * (rows of type {@code stamp}), every applied version above it or without a file is withdrawn
 * (rows of type {@code unstamp}). Before it records anything it checks that the database really is
 * at that version: the migrations up to it are replayed in a scratch place and compared with the
 * live schema; a difference refuses the stamp (exit 3) unless {@code force}.
 */
public final class StampUseCase {

    /** {@code target}: "head", "base" or a version; {@code force}: stamp even when the schema differs. */
    public record Options(String target, boolean dryRun, boolean force) {
        public Options(String target, boolean dryRun) {
            this(target, dryRun, false);
        }
    }

    public MigrationRunResult run(MigrationRequest request, Options options) {
        try (MigrationSession ms = MigrationSession.open(request, !options.dryRun())) {
            if (!options.dryRun()) {
                ms.lock();
            }
            MigrationState state = ms.state();
            Version to = target(state, options.target(), ms.dirLabel());
            if (!options.force() && to != null) {
                refuseWhenSchemaDiffers(ms, state, to);
            }
            String target = ms.session().target();
            DryRunScript sql = new DryRunScript("stamp", target, ms.history());
            List<HistoryRow> rows = rows(state, to, sql);
            String from = state.current().map(Version::text).orElse("base");
            String toText = to == null ? "base" : to.text();
            if (options.dryRun()) {
                rows.forEach(sql::record);
                return new MigrationRunResult(target, from, toText, List.of(), sql.text());
            }
            try {
                for (HistoryRow r : rows) {
                    ms.history().insert(r);
                }
            } catch (SQLException e) {
                throw SyncdbException.error("cannot record the stamp: " + Session.oneLine(e.getMessage()));
            }
            return new MigrationRunResult(target, from, toText, rows, null);
        }
    }

    /** Refuses when the live schema is not what the migrations up to {@code to} produce. */
    static void refuseWhenSchemaDiffers(MigrationSession ms, MigrationState state, Version to) {
        List<Migration> upTo = state.files().stream().filter(m -> m.version().compareTo(to) <= 0).toList();
        Session s = ms.session();
        Schema expected = new MigrationReplay(s, null).replay(upTo);
        List<SchemaChange> differences = new Differ(s.dialect().diffHooks()).diff(s.inspect(), expected);
        if (differences.isEmpty()) {
            return;
        }
        String at = to.text();
        throw new SyncdbException(SyncdbException.REFUSED, "the database is not at " + at + ": it differs in "
                + differences.size() + " way(s) from what the migrations up to " + at + " produce ("
                + differences.stream().limit(5).map(SchemaChange::describe).collect(Collectors.joining("; "))
                + (differences.size() > 5 ? "; ..." : "") + "); nothing was recorded. Bring the schema there first"
                + " (e.g. `syncdb upgrade`, or `syncdb apply` with the desired schema), or stamp anyway with --force");
    }

    static Version target(MigrationState state, String target, String dir) {
        if (target.equals("base")) {
            return null;
        }
        if (target.equals("head")) {
            List<Migration> files = state.files();
            if (files.isEmpty()) {
                throw SyncdbException.error("no migrations in " + dir + " to stamp; generate one first");
            }
            return files.get(files.size() - 1).version();
        }
        if (!Version.valid(target) || state.file(new Version(target)).isEmpty()) {
            throw SyncdbException.error("no migration " + target + " in " + dir + " (stamp takes head, base or a version there)");
        }
        return new Version(target);
    }

    static List<HistoryRow> rows(MigrationState state, Version to, DryRunScript factory) {
        List<HistoryRow> out = new ArrayList<>();
        for (Map.Entry<Version, HistoryRow> e : state.applied().entrySet()) {
            boolean above = to == null || e.getKey().compareTo(to) > 0;
            if (above || state.file(e.getKey()).isEmpty()) {
                HistoryRow r = e.getValue();
                out.add(factory.row(r.version(), r.description(), HistoryRow.UNSTAMP, r.script(), r.checksum()));
            }
        }
        for (Migration m : state.pending()) {
            if (to != null && m.version().compareTo(to) <= 0) {
                out.add(factory.row(m.version().text(), m.description(), HistoryRow.STAMP, m.up().fileName(),
                        m.up().checksum().hex()));
            }
        }
        return out;
    }
}
