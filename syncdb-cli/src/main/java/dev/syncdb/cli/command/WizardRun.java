package dev.syncdb.cli.command;

import dev.syncdb.engine.session.RunLock;
import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.config.CommonOptions;
import dev.syncdb.cli.config.RequireOption;
import dev.syncdb.cli.config.RunRequest;
import dev.syncdb.cli.config.Settings;
import dev.syncdb.cli.config.SettingsResolver;
import dev.syncdb.cli.output.Style;
import dev.syncdb.cli.wizard.Wizard;
import dev.syncdb.cli.wizard.WizardState;
import dev.syncdb.engine.plan.SyncRequest;

/**
 * Runs the interactive wizard ({@code syncdb} on a terminal) on the engine request every command
 * builds ({@link RunRequest}: the desired-model cache, {@code --rename}, {@code --using},
 * {@code --backfill}), with {@code --timings} printed afterwards.
 */
public final class WizardRun {
    private final CliContext ctx;
    private final RunLock lock;

    public WizardRun(CliContext ctx) {
        this(ctx, LockOptions.defaults(ctx));
    }

    /** A run that waits for the syncdb lock as {@code lock} says. */
    public WizardRun(CliContext ctx, RunLock lock) {
        this.ctx = ctx;
        this.lock = lock;
    }

    /** {@code backup} null = {@code --no-backup}. */
    public int run(CommonOptions common, boolean allowDestructive, BackupOptions backup, RequireOption require) {
        Settings settings = new SettingsResolver(ctx).resolve(common);
        Style style = new Style(ctx.color(common.noColor()));
        var options = new WizardState.WizardOptions(allowDestructive, backup, require.tables(ctx, common),
                ctx.resolve(common.migrations()));
        SyncRequest request = RunRequest.of(ctx, common, settings).withLock(lock);
        WizardState state = new WizardState(ctx, style, settings, request, options);
        return TimedRun.run(ctx, common, request, () -> new Wizard(state).run());
    }
}
