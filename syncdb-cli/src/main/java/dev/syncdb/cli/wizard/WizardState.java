package dev.syncdb.cli.wizard;

import dev.syncdb.engine.apply.ApplyResult;
import dev.syncdb.engine.plan.PlanResult;
import dev.syncdb.engine.plan.PlanUseCase;
import dev.syncdb.engine.verify.StatusResult;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.command.BackupOptions;
import dev.syncdb.cli.config.Settings;
import dev.syncdb.cli.output.Style;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * What one run of the wizard knows as its steps go: the fixed inputs (context, settings, options)
 * and what the steps found and decided (status, plan, whether data-losing steps were allowed, the
 * apply's result). Steps read and set it; one instance per run.
 */
public final class WizardState {
    final CliContext ctx;
    final Style style;
    final Settings settings;
    final WizardOptions options;
    private SyncRequest request;
    StatusResult status;
    PlanResult planned;
    boolean allowDestructive;
    ApplyResult applied;

    /** The wizard's options from the command line. */
    public record WizardOptions(boolean allowDestructive, BackupOptions backup, List<String> required, Path migrations) {
    }

    public WizardState(CliContext ctx, Style style, Settings settings, SyncRequest request, WizardOptions options) {
        this.ctx = ctx;
        this.style = style;
        this.settings = settings;
        this.request = request;
        this.options = options;
        this.allowDestructive = options.allowDestructive();
    }

    PrintStream out() {
        return ctx.out();
    }

    Prompt prompt() {
        return ctx.prompt();
    }

    SyncRequest request() {
        return request;
    }

    /**
     * Plans again with another request, e.g. with renames the user accepted, and keeps that plan as
     * the one the next steps show, confirm and apply.
     */
    void replan(SyncRequest changed) {
        request = changed;
        planned = new PlanUseCase().run(changed);
    }

    /** "  ✅ text" or "  ❌ text". */
    void mark(boolean ok, String text) {
        out().println("  " + (ok ? style.good("✅") : style.bad("❌")) + " " + text);
    }

    /** Asks after flushing what was printed, so the question appears after it. */
    boolean confirm(String question, boolean defaultYes) {
        out().flush();
        return prompt().confirm("  " + question, defaultYes);
    }
}
