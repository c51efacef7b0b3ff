package dev.syncdb.cli.command;

import dev.syncdb.cli.output.ReviewPage;
import dev.syncdb.dialect.BackupResult;
import dev.syncdb.engine.backup.Backup;

import dev.syncdb.engine.session.RunLock;
import dev.syncdb.SyncdbException;
import dev.syncdb.engine.apply.ApplyOptions;
import dev.syncdb.engine.apply.ApplyResult;
import dev.syncdb.engine.apply.ApplyUseCase;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.ExitCode;
import dev.syncdb.cli.config.CommonOptions;
import dev.syncdb.cli.config.RunRequest;
import dev.syncdb.cli.config.Settings;
import dev.syncdb.cli.config.SettingsResolver;
import dev.syncdb.cli.output.ApplyText;
import dev.syncdb.cli.output.PlanText;
import dev.syncdb.cli.output.ProgressDisplay;
import dev.syncdb.cli.output.RunJson;
import dev.syncdb.engine.apply.ApplyProgress;
import dev.syncdb.cli.output.Style;
import dev.syncdb.cli.output.TimingsText;

/**
 * Runs an apply and reports it: shows the plan, asks on the terminal unless {@code --auto}, applies,
 * and prints the verified result. Without a terminal and without {@code --auto} it never waits for
 * input: it fails after showing the plan. Shared by {@code apply} and {@code syncdb --auto}. With
 * {@link #withJson} the result is one JSON document on standard output instead, and the plan is shown
 * (on standard error) only when a question is asked.
 */
public final class ApplyRun {
    public static final String NO_TERMINAL = "no terminal to confirm on: re-run with --auto to apply";

    private CliContext ctx;
    private final RunLock lock;
    private String report;
    private java.io.PrintStream json;

    public ApplyRun(CliContext ctx) {
        this(ctx, LockOptions.defaults(ctx));
    }

    /** A run that waits for the syncdb lock as {@code lock} says. */
    public ApplyRun(CliContext ctx, RunLock lock) {
        this.ctx = ctx;
        this.lock = lock;
    }

    /** This run, also writing the applied plan as an HTML page to {@code file} (null = no page). */
    public ApplyRun withReport(String file) {
        this.report = file;
        return this;
    }

    /** This run reporting as one JSON document ({@link RunJson#apply}); everything else it prints goes to stderr. */
    public ApplyRun withJson(boolean asJson) {
        if (asJson && json == null) {
            json = ctx.out();
            ctx = ctx.humanOnStderr();
        }
        return this;
    }

    public int run(CommonOptions options, boolean auto, boolean allowDestructive) {
        return run(options, auto, allowDestructive, null);
    }

    /** With {@code backup} non-null, a backup is taken after confirmation and before the first statement. */
    public int run(CommonOptions options, boolean auto, boolean allowDestructive, BackupOptions backup) {
        Settings settings = new SettingsResolver(ctx).resolve(options);
        SyncRequest request = RunRequest.of(ctx, options, settings).withLock(lock);
        PlanText text = new PlanText(ctx.out(), new Style(ctx.color(options.noColor())), options.verbose());
        boolean showPlan = !((options.quiet() || json != null) && auto);
        java.util.concurrent.atomic.AtomicReference<PlanResult> shown = new java.util.concurrent.atomic.AtomicReference<>();
        ApplyOptions applyOptions = new ApplyOptions(allowDestructive, planned -> {
            shown.set(planned);
            if (showPlan) {
                text.print(planned, settings.describeSchema(), false);
            }
        }, planned -> auto || confirm(planned));
        java.util.concurrent.atomic.AtomicReference<BackupResult> taken = new java.util.concurrent.atomic.AtomicReference<>();
        ApplyProgress progress = ProgressDisplay.forRun(ctx, options.quiet(), new Style(ctx.color(options.noColor())));
        if (backup != null) {
            Backup b = backup.backup(ctx, ctx.out());
            applyOptions = applyOptions.withBackup(new Backup(b.directory(), b.file(), b.clock(), r -> {
                taken.set(r);
                b.onTaken().accept(r);
            }, progress));
        }
        applyOptions = applyOptions.withProgress(progress);
        ApplyOptions chosen = applyOptions;
        return TimedRun.run(ctx, options, request, () -> {
            ApplyResult result;
            try {
                result = new ApplyUseCase().run(request, chosen);
            } catch (SyncdbException e) {
                if (shown.get() != null) {
                    writeReport(shown.get(), "not applied: " + e.getMessage(), null, settings.describeSchema(), taken.get());
                }
                throw e;
            }
            writeReport(result.planned(), result.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                    result.elapsed(), settings.describeSchema(), taken.get());
            if (json != null) {
                json.println(RunJson.apply(result, settings.describeSchema(), taken.get(), report, ctx.workDir()));
                return result.outcome() == ApplyResult.Outcome.DECLINED ? ExitCode.ERROR : ExitCode.OK;
            }
            return report(result, text, settings.describeSchema(), options.quiet());
        });
    }

    /** Writes the {@code --report} page of a plan that was applied, or refused ({@code elapsed} null). */
    private void writeReport(PlanResult planned, String outcome, java.time.Duration elapsed, String desired, BackupResult backup) {
        if (report == null) {
            return;
        }
        String page = new ReviewPage("apply report").render(planned, desired, new ReviewPage.Applied(outcome, elapsed, backup));
        try {
            java.nio.file.Files.writeString(ctx.resolve(report), page, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw SyncdbException.error("cannot write the report " + report + ": " + e.getMessage());
        }
    }

    private boolean confirm(PlanResult planned) {
        if (!ctx.prompt().interactive()) {
            throw SyncdbException.error(NO_TERMINAL);
        }
        ctx.out().flush();
        int n = planned.plan().steps().size();
        return ctx.prompt().confirm("Apply " + n + (n == 1 ? " step" : " steps") + "? [y/N] ");
    }

    private int report(ApplyResult result, PlanText text, String desired, boolean quiet) {
        switch (result.outcome()) {
            case NOTHING_TO_DO:
                text.print(result.planned(), desired, quiet);
                return ExitCode.OK;
            case DECLINED:
                new ApplyText(ctx.out()).cancelled();
                return ExitCode.ERROR;
            default:
                new ApplyText(ctx.out()).applied(result);
                return ExitCode.OK;
        }
    }
}
