package dev.syncdb.engine;

import dev.syncdb.SyncdbException;
import dev.syncdb.migrate.HistoryRow;
import dev.syncdb.migrate.Migration;
import dev.syncdb.migrate.MigrationState;
import dev.syncdb.migrate.Version;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Records that the database is at a version without running any script (adopting a database that
 * already has the tables, or correcting history): every file up to the version becomes applied
 * (rows of type {@code stamp}), every applied version above it or without a file is withdrawn
 * (rows of type {@code unstamp}).
 */
public final class StampUseCase {

    /** {@code target}: "head", "base" or a version. */
    public record Options(String target, boolean dryRun) {
    }

    public MigrationRunResult run(MigrationRequest request, Options options) {
        try (MigrationSession ms = MigrationSession.open(request, !options.dryRun())) {
            if (!options.dryRun()) {
                ms.lock();
            }
            MigrationState state = ms.state();
            Version to = target(state, options.target(), ms.dirLabel());
            String target = ms.session().url().masked();
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

    private static Version target(MigrationState state, String target, String dir) {
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

    private static List<HistoryRow> rows(MigrationState state, Version to, DryRunScript factory) {
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
