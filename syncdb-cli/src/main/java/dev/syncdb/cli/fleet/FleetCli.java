package dev.syncdb.cli.fleet;

import dev.syncdb.SyncdbException;
import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.config.CommonOptions;
import dev.syncdb.cli.config.RunRequest;
import dev.syncdb.cli.config.Settings;
import dev.syncdb.cli.config.SettingsResolver;
import dev.syncdb.cli.output.FleetJson;
import dev.syncdb.cli.output.FleetText;
import dev.syncdb.cli.output.Style;
import dev.syncdb.cli.output.TimingsText;
import dev.syncdb.engine.fleet.FleetResult;
import dev.syncdb.engine.fleet.FleetRunner;
import dev.syncdb.engine.fleet.FleetState;
import dev.syncdb.engine.fleet.FleetTarget;
import dev.syncdb.engine.fleet.PhaseTotals;
import dev.syncdb.engine.fleet.PlanHash;
import dev.syncdb.engine.fleet.SharedDesired;
import dev.syncdb.engine.fleet.SyncWork;
import dev.syncdb.engine.fleet.TargetQueries;
import dev.syncdb.engine.fleet.TargetWork;
import dev.syncdb.engine.fleet.TargetsFile;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.engine.session.RunLock;
import dev.syncdb.sql.SqlScript;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One fleet run of a command (check, plan, apply, upgrade, status): gathers the targets, builds the
 * command's per-target work over the engine (the desired model shared by every target), runs it
 * with the {@link FleetRunner}, and prints the live progress line and the summary, or the JSON
 * report. The command's own options (--auto, --allow-destructive, --no-backup, --lock-timeout,
 * --json, ...) are read from the command the fleet options are mixed into.
 */
final class FleetCli {
    private final CliContext ctx;
    private final FleetOptions fleet;
    private final CommandSpec command;
    private SharedDesired shared;
    private final PhaseTotals totals = new PhaseTotals();

    FleetCli(CliContext ctx, FleetOptions fleet, CommandSpec command) {
        this.ctx = ctx;
        this.fleet = fleet;
        this.command = command;
    }

    int run(CommonOptions common) {
        String name = command.name();
        boolean needsDesired = name.equals("check") || name.equals("plan") || name.equals("apply");
        Settings settings = settings(common, needsDesired);
        List<FleetTarget> targets = targets(settings);
        if (targets.isEmpty()) {
            throw SyncdbException.error("the fleet has no targets");
        }
        TargetWork work = work(name, common, settings);
        boolean json = json();
        Path stateFile = ctx.resolve(fleet.state != null ? fleet.state : ".syncdb/fleet-" + name + ".state");
        String runName = name + " " + fingerprint(settings, common, needsDesired);
        FleetText text = new FleetText(ctx.out(), new Style(ctx.color(common.noColor())));
        FleetResult result;
        try (FleetState state = FleetState.open(stateFile, runName, fleet.resume)) {
            FleetRunner.Listener listener = new FleetProgress(ctx, text, json || common.quiet());
            FleetRunner.Options o = new FleetRunner.Options(fleet.parallel, fleet.canary, fleet.continueOnError);
            result = new FleetRunner(o, state, listener).run(targets, work);
        } finally {
            if (shared != null) {
                shared.awaitCleanup();
            }
        }
        if (common.timings() && !totals.totals().isEmpty()) {
            new TimingsText(ctx.err()).printFleet(totals.totals(), result.elapsed());
        }
        if (json) {
            ctx.out().println(FleetJson.of(name, result));
        } else {
            text.summary(name, result, name.equals("plan"), common.quiet());
            if (shared != null && common.verbose()) {
                text.desired(shared.builds(), shared.mention());
            }
            if (!common.quiet()) {
                ctx.out().println("State: " + ctx.workDir().toAbsolutePath().relativize(stateFile.toAbsolutePath())
                        + (result.exitCode() == 0 ? "" : " (re-run with --resume to go on; done targets are not run again)"));
            }
        }
        return result.exitCode();
    }

    /** The run's settings; with --targets and no URL anywhere, the first target stands in for it. */
    private Settings settings(CommonOptions common, boolean needsDesired) {
        SettingsResolver resolver = new SettingsResolver(ctx);
        try {
            return needsDesired ? resolver.resolve(common) : resolver.resolveTarget(common);
        } catch (SyncdbException e) {
            if (!SettingsResolver.NO_URL.equals(e.getMessage()) || fleet.targetsFile == null) {
                throw e;
            }
            List<FleetTarget> file = TargetsFile.read(ctx.resolve(fleet.targetsFile), ctx.env());
            if (file.isEmpty()) {
                throw SyncdbException.error("the targets file " + fleet.targetsFile + " names no target");
            }
            Map<String, String> env = new HashMap<>(ctx.env());
            env.put("DATABASE_URL", file.get(0).url().raw());
            CliContext stand = new CliContext(ctx.out(), ctx.err(), env, ctx.workDir(), ctx.prompt());
            SettingsResolver r = new SettingsResolver(stand);
            return needsDesired ? r.resolve(common) : r.resolveTarget(common);
        }
    }

    private List<FleetTarget> targets(Settings settings) {
        int given = (fleet.targetsFile != null ? 1 : 0) + (fleet.tenants != null ? 1 : 0) + (fleet.schemaNamePattern != null ? 1 : 0);
        if (given > 1) {
            throw SyncdbException.error("give one of --targets, --tenants and --schema-name-pattern");
        }
        if (fleet.targetsFile != null) {
            return TargetsFile.read(ctx.resolve(fleet.targetsFile), ctx.env());
        }
        if (fleet.tenants != null) {
            return TargetQueries.tenants(settings.url(), fleet.tenants, settings.context(ctx));
        }
        return TargetQueries.schemas(settings.url(), fleet.schemaNamePattern, settings.context(ctx));
    }

    private TargetWork work(String name, CommonOptions common, Settings settings) {
        RunLock lock = new RunLock(Duration.ofSeconds(option("--lock-timeout", 60)), m -> { });
        switch (name) {
            case "check", "plan" -> {
                SyncRequest base = SyncWork.shared(RunRequest.of(ctx, common, settings));
                shared = (SharedDesired) base.desired();
                return SyncWork.check(base, totals);
            }
            case "apply" -> {
                if (!option("--auto", false)) {
                    throw SyncdbException.error("a fleet apply does not ask per target: re-run with --auto");
                }
                SyncRequest base = SyncWork.shared(RunRequest.of(ctx, common, settings).withLock(lock));
                shared = (SharedDesired) base.desired();
                return SyncWork.apply(base, option("--allow-destructive", false), backups(), totals);
            }
            case "upgrade" -> {
                return FleetWorks.upgrade(ctx, common, settings, lock, option("--out-of-order", false),
                        command.positionalParameters().get(0).getValue(), option("--sql", false), backups());
            }
            case "status" -> {
                return FleetWorks.status(ctx, common, settings, command);
            }
            default -> throw SyncdbException.error(name + " does not run over a fleet");
        }
    }

    /** Where each target's backup goes: backups/fleet-STAMP/TARGET/; null with --no-backup. */
    private java.util.function.Function<FleetTarget, Path> backups() {
        if (option("--no-backup", false)) {
            return null;
        }
        Path dir = ctx.resolve(option("--backup-dir", "backups"))
                .resolve("fleet-" + Instant.now().toString().replaceAll("[-:]|\\.\\d+", ""));
        return t -> dir.resolve(t.id().replaceAll("^[a-z]+:/*", "").replaceAll("[^A-Za-z0-9._-]+", "_"));
    }

    /** What the state file's header names: the command and what it brings the targets to. */
    private String fingerprint(Settings settings, CommonOptions common, boolean needsDesired) {
        if (!needsDesired) {
            return common.migrations();
        }
        if (settings.desiredUrl() != null || settings.entities() != null) {
            return settings.describeSchema();
        }
        StringBuilder b = new StringBuilder();
        SqlScript.read(settings.schema()).forEach(s -> b.append(s.text()).append('\0'));
        return "desired " + PlanHash.of(b.toString());
    }

    private boolean json() {
        Object format = option("--format", (Object) null);
        return option("--json", false) || (format != null && format.toString().equals("json"));
    }

    /** The value of the command's option {@code name}, or {@code fallback} when it has none. */
    @SuppressWarnings("unchecked")
    private <T> T option(String name, T fallback) {
        OptionSpec o = command.findOption(name);
        Object v = o == null ? null : o.getValue();
        return v == null ? fallback : (T) v;
    }
}
