package dev.syncdb.engine.migrate;

import dev.syncdb.SyncdbException;
import dev.syncdb.diff.Differ;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.engine.session.Session;
import dev.syncdb.migrate.AdoptedPosition;
import dev.syncdb.migrate.HistoryRow;
import dev.syncdb.migrate.Migration;
import dev.syncdb.migrate.MigrationScript;
import dev.syncdb.migrate.MigrationState;
import dev.syncdb.migrate.MigrationWriter;
import dev.syncdb.migrate.Version;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Table;
import dev.syncdb.plan.Plan;
import dev.syncdb.plan.Planner;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code stamp --from flyway|alembic|liquibase}: syncdb takes over a database another migration tool
 * has been migrating. It reads that tool's position (which must be there), then baselines syncdb's
 * own history at the database as it is: with migration files, it stamps VERSION (default: the file
 * of Flyway's version when there is one, else head); with none, it first writes a baseline
 * migration {@code V<version>__baseline_from_<tool>.sql} that creates the current schema (no down
 * file: undoing a baseline would drop everything) and stamps that. Either way the stamped
 * migrations are replayed in a scratch place and compared with the live schema first (a difference
 * refuses, exit 3, unless {@code force}), and a row of type {@code adopt} records the tool's
 * position. The other tool's tables stay as they are.
 */
public final class AdoptUseCase {

    /** The tool, the version to stamp (null = as above), a dry run, stamping without the check, and now. */
    public record Options(AdoptedPosition.Tool tool, String target, boolean dryRun, boolean force, Instant now) {
    }

    /** What was recorded, the other tool's position, and the baseline file written (null = none). */
    public record Result(MigrationRunResult run, AdoptedPosition adopted, Path baseline, int baselineSteps) {
    }

    public Result run(MigrationRequest request, Options options) {
        try (MigrationSession ms = MigrationSession.open(request, false)) {
            Session s = ms.session();
            Schema all = s.inspectAll();
            String where = s.target() + " (schema " + s.schemaName() + ")";
            AdoptedPosition position = AdoptedPosition.read(s.connection(), s.schemaName(), s.dialect()::quoteIdentifier,
                    options.tool(), all.tables().stream().map(Table::name).toList(), where);
            if (!options.dryRun()) {
                ms.lock();
            }
            MigrationState state = ms.state();
            Migration baseline = null;
            Plan baselinePlan = null;
            if (state.files().isEmpty()) {
                if (options.target() != null) {
                    throw SyncdbException.error("no migrations in " + ms.dirLabel() + " to stamp " + options.target()
                            + "; leave the version out to write a baseline migration of the database as it is");
                }
                baselinePlan = baselinePlan(s, all);
                baseline = baseline(ms, position, baselinePlan, s, options.now());
                state = new MigrationState(List.of(baseline), rows(ms));
            }
            Version to = target(state, options, position, ms.dirLabel());
            if (!options.force()) {
                refuseWhenSchemaDiffers(ms, state, to, baseline != null);
            }
            String target = s.target();
            DryRunScript sql = new DryRunScript("stamp --from " + options.tool().name().toLowerCase(Locale.ROOT), target, ms.history());
            List<HistoryRow> rows = new ArrayList<>(StampUseCase.rows(state, to, sql));
            rows.add(position.row(request.context().userName(), Instant.now()));
            String from = state.current().map(Version::text).orElse("base");
            if (options.dryRun()) {
                if (baseline != null) {
                    int n = baselinePlan.steps().size();
                    sql.note("it would first write " + baseline.up().path() + " (" + n + (n == 1 ? " step):" : " steps):"));
                    sql.note(baseline.up().text());
                }
                rows.forEach(sql::record);
                return new Result(new MigrationRunResult(target, from, to.text(), List.of(), sql.text()), position, null, 0);
            }
            Path written = null;
            if (baseline != null) {
                written = ms.directory().writeUp(baseline.version(), slug(position), baseline.up().text());
            }
            record(ms, rows);
            return new Result(new MigrationRunResult(target, from, to.text(), rows, null), position, written,
                    baselinePlan == null ? 0 : baselinePlan.steps().size());
        }
    }

    /** The plan that creates the live schema (histories and privileges aside) from nothing. */
    private static Plan baselinePlan(Session s, Schema all) {
        Schema live = Session.withoutHistories(all).withoutPrivileges();
        Schema empty = Schema.empty(live.name());
        Plan plan = new Planner(s.dialect().diffHooks(), s.dialect().renderer())
                .plan(empty, live, new Differ(s.dialect().diffHooks()).diff(empty, live));
        if (plan.isEmpty()) {
            throw SyncdbException.error("the schema " + s.schemaName() + " of " + s.target() + " holds nothing"
                    + " but history tables: there is nothing to baseline; generate migrations from the desired schema");
        }
        return plan;
    }

    private static void record(MigrationSession ms, List<HistoryRow> rows) {
        try {
            for (HistoryRow r : rows) {
                ms.history().insert(r);
            }
        } catch (SQLException e) {
            throw SyncdbException.error("cannot record the stamp: " + Session.oneLine(e.getMessage()));
        }
    }

    private static Migration baseline(MigrationSession ms, AdoptedPosition position, Plan plan, Session s, Instant now) {
        Version v = ms.directory().nextVersion(now);
        String message = "baseline from " + position.describe();
        String origin = s.dialect().name() + ", schema " + s.schemaName() + ", the database as " + position.tool().label()
                + " left it: " + s.target();
        String text = new MigrationWriter(v, message, origin, now).up(plan);
        Path file = ms.directory().path().resolve("V" + v + "__" + slug(position) + ".sql");
        MigrationScript up = new MigrationScript(v, "baseline from " + position.tool().label(), MigrationScript.Direction.UP, file, text);
        return new Migration(v, up.description(), up, null);
    }

    private static String slug(AdoptedPosition position) {
        return "baseline_from_" + position.tool().name().toLowerCase(Locale.ROOT);
    }

    private static List<HistoryRow> rows(MigrationSession ms) {
        try {
            return ms.history().exists() ? ms.history().rows() : List.of();
        } catch (SQLException e) {
            throw SyncdbException.error("cannot read the history: " + Session.oneLine(e.getMessage()));
        }
    }

    /** The given version; else the baseline; else the file of Flyway's version, when there is one; else head. */
    private static Version target(MigrationState state, Options options, AdoptedPosition position, String dir) {
        if (options.target() != null) {
            return StampUseCase.target(state, options.target(), dir);
        }
        if (options.tool() == AdoptedPosition.Tool.FLYWAY && Version.valid(position.position())
                && state.file(new Version(position.position())).isPresent()) {
            return new Version(position.position());
        }
        return StampUseCase.target(state, "head", dir);
    }

    /** As {@code stamp} checks, privileges aside when the baseline was written without them. */
    private static void refuseWhenSchemaDiffers(MigrationSession ms, MigrationState state, Version to, boolean baseline) {
        if (!baseline) {
            StampUseCase.refuseWhenSchemaDiffers(ms, state, to);
            return;
        }
        Session s = ms.session();
        Schema expected = new MigrationReplay(s, null).replay(state.files()).withoutPrivileges();
        List<SchemaChange> differences = new Differ(s.dialect().diffHooks()).diff(s.inspect().withoutPrivileges(), expected);
        if (!differences.isEmpty()) {
            throw new SyncdbException(SyncdbException.REFUSED, "the baseline syncdb would write does not rebuild this database:"
                    + " replayed, it differs in " + differences.size() + " way(s) (" + differences.stream().limit(5)
                    .map(SchemaChange::describe).collect(Collectors.joining("; ")) + "); nothing was written or recorded."
                    + " Stamp anyway with --force, or write the migrations by hand and stamp them");
        }
    }
}
