package dev.syncdb.engine.migrate;

import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.plan.DataFixes;

import dev.syncdb.SyncdbException;
import dev.syncdb.diff.Differ;
import dev.syncdb.diff.SchemaChange;
import dev.syncdb.engine.desired.SourceFindings;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.plan.RenameResolution;
import dev.syncdb.engine.plan.RowsAfterCreate;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.engine.session.Session;
import dev.syncdb.migrate.HistoryStore;
import dev.syncdb.migrate.MigrationDirectory;
import dev.syncdb.migrate.MigrationFormat;
import dev.syncdb.migrate.MigrationState;
import dev.syncdb.migrate.MigrationWriter;
import dev.syncdb.migrate.Version;
import dev.syncdb.model.Schema;
import dev.syncdb.plan.Plan;
import dev.syncdb.plan.PlanStep;
import dev.syncdb.plan.Planner;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the plan as a new versioned migration pair (up and down files). The current side is the
 * live database (which must have every migration applied), or with {@code replay} the schema the
 * existing migrations produce in a scratch place. Nothing changed: nothing is written. Destructive
 * steps are refused (exit 3) unless allowed.
 */
public final class GenerateMigrationUseCase {

    /** The migration's message, whether data-losing steps are allowed, which current side to use, and the files' format. */
    public record Options(String message, boolean allowDestructive, boolean replay, Instant now, MigrationFormat format) {
        public Options {
            format = format == null ? MigrationFormat.SYNCDB : format;
        }

        public Options(String message, boolean allowDestructive, boolean replay, Instant now) {
            this(message, allowDestructive, replay, now, MigrationFormat.SYNCDB);
        }
    }

    /** The plan and, when something changed, the version and the two files written. */
    public record Result(PlanResult planned, Version version, List<Path> files) {
        public boolean written() {
            return version != null;
        }
    }

    public Result run(SyncRequest request, Path dir, Options options) {
        MigrationDirectory directory = new MigrationDirectory(dir);
        var declared = request.desired().declaredRenames();
        try (Session s = Session.open(request.target(), request.schemaName(), true, request.context())) {
            Schema current = options.replay() ? new MigrationReplay(s, null).replay(directory.migrations())
                    : liveCurrent(s, directory);
            Schema desired = request.desired().load(s, request.timings());
            if (!request.diffOptions().privileges()) {
                current = current.withoutPrivileges();
                desired = desired.withoutPrivileges();
            }
            var renames = RenameResolution.resolve(request.diffOptions(), declared, current, desired);
            List<SchemaChange> changes = new Differ(s.dialect().diffHooks()).diff(current, desired, renames);
            SourceFindings found = request.desired().findings(current, desired);
            Plan plan = RowsAfterCreate.attach(new Planner(s.dialect().diffHooks(), s.dialect().renderer())
                    .plan(current, desired, changes, DataFixes.NONE, PlanUseCase.onlineTables(s, request, current)),
                    found.rowsAfterCreate());
            PlanResult planned = new PlanResult(s.target(), s.dialect().name(), s.serverVersion(), s.schemaName(),
                    current, desired, changes, plan, List.of(), found);
            if (plan.isEmpty()) {
                return new Result(planned, null, List.of());
            }
            refuseDestructive(plan, options.allowDestructive());
            Version v = directory.nextVersion(options.now());
            String slug = MigrationDirectory.slug(options.message());
            String origin = s.dialect().name() + ", schema " + s.schemaName() + ", desired " + request.desired().describe()
                    + (options.replay() ? ", current = the existing migrations replayed" : ", current = " + s.target());
            MigrationWriter writer = new MigrationWriter(v, options.message(), origin, options.now(), options.format());
            String up = writer.up(plan);
            String down = writer.down(plan, "V" + v + "__" + slug + ".sql");
            List<Path> files = directory.write(v, slug, up, down, writer.config(plan, up, false), writer.config(plan, down, true));
            return new Result(planned, v, files);
        }
    }

    /**
     * The live schema, once the database is known to have every migration of the directory applied
     * (by syncdb, or by Flyway for files in its format that Flyway ran).
     */
    private static Schema liveCurrent(Session s, MigrationDirectory directory) {
        MigrationState state;
        try {
            state = LiveMigrationState.read(s, directory);
        } catch (SQLException e) {
            throw SyncdbException.error("cannot read the migration history: " + Session.oneLine(e.getMessage()));
        }
        state.validate(directory.path().toString(), false);
        if (!state.pending().isEmpty()) {
            throw SyncdbException.error(state.pending().size() + " migration(s) in " + directory.path()
                    + " are not applied to " + s.target() + " yet (first: " + state.pending().get(0).up().fileName()
                    + "): run `syncdb upgrade` (or `flyway migrate` for files in its format) first, or generate with --replay"
                    + " to compare against the migrations");
        }
        return s.inspect();
    }

    private static void refuseDestructive(Plan plan, boolean allowed) {
        List<PlanStep> destructive = plan.destructiveSteps();
        if (!destructive.isEmpty() && !allowed) {
            throw new SyncdbException(SyncdbException.REFUSED, "refused: the migration would hold " + destructive.size()
                    + " step(s) that lose data (" + destructive.stream().map(PlanStep::comment).limit(5)
                    .collect(Collectors.joining("; ")) + "); nothing was written. Re-run with --allow-destructive "
                    + "to write them (they are marked DESTRUCTIVE in the file)");
        }
    }
}
