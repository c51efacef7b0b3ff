package dev.syncdb.cli.command;

import dev.syncdb.engine.session.RunLock;
import dev.syncdb.SyncdbException;
import dev.syncdb.engine.apply.RecreateOptions;
import dev.syncdb.engine.apply.RecreateResult;
import dev.syncdb.engine.apply.RecreateUseCase;
import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.ExitCode;
import dev.syncdb.cli.config.CommonOptions;
import dev.syncdb.cli.config.RunRequest;
import dev.syncdb.cli.config.Settings;
import dev.syncdb.cli.config.SettingsResolver;
import dev.syncdb.cli.output.ApplyText;
import dev.syncdb.cli.output.ProgressDisplay;
import dev.syncdb.cli.output.RunJson;
import dev.syncdb.engine.apply.ApplyProgress;
import dev.syncdb.cli.output.Style;
import dev.syncdb.engine.plan.SyncRequest;
import dev.syncdb.model.Schema;
import dev.syncdb.model.Table;
import dev.syncdb.sql.SqlScript;

import java.nio.file.Files;
import java.util.List;

/**
 * Runs {@code syncdb --force-recreate} and reports it: what will be dropped, the typed confirmation
 * (on a terminal, unless {@code --auto}; otherwise only {@code --confirm "DELETE ALL DATA"}), the
 * backup, the recreation with progress, the seed scripts, and the verified result. With
 * {@link #withJson} the result is one JSON document on standard output; the rest goes to stderr.
 */
public final class RecreateRun {
    public static final String WORDS = "DELETE ALL DATA";

    /** The options of one recreation; {@code backup} null = none. */
    public record Options(boolean auto, String confirm, List<String> seed, BackupOptions backup) {
    }

    private CliContext ctx;
    private final RunLock lock;
    private java.io.PrintStream json;

    public RecreateRun(CliContext ctx) {
        this(ctx, LockOptions.defaults(ctx));
    }

    /** A run that waits for the syncdb lock as {@code lock} says. */
    public RecreateRun(CliContext ctx, RunLock lock) {
        this.ctx = ctx;
        this.lock = lock;
    }

    /** This run reporting as one JSON document ({@link RunJson#recreate}); everything else it prints goes to stderr. */
    public RecreateRun withJson(boolean asJson) {
        if (asJson && json == null) {
            json = ctx.out();
            ctx = ctx.humanOnStderr();
        }
        return this;
    }

    public int run(CommonOptions common, Options o) {
        Settings settings = new SettingsResolver(ctx).resolve(common);
        List<SqlScript> seed = seed(o.seed());
        Style style = new Style(ctx.color(common.noColor()));
        ApplyProgress progress = ProgressDisplay.forRun(ctx, common.quiet(), style);
        RecreateOptions options = new RecreateOptions(current -> confirm(current, o),
                o.backup() == null ? null : o.backup().backup(ctx, ctx.out()).withProgress(progress), seed, progress);
        SyncRequest request = RunRequest.of(ctx, common, settings).withLock(lock);
        RecreateResult r = TimedRun.run(ctx, common, request, () -> new RecreateUseCase().run(request, options));
        if (json != null) {
            json.println(RunJson.recreate(r, settings.describeSchema(), o.seed(), ctx.workDir()));
        } else {
            new ApplyText(ctx.out()).recreated(r, settings.describeSchema(), o.seed());
        }
        return ExitCode.OK;
    }

    private List<SqlScript> seed(List<String> paths) {
        for (String p : paths) {
            if (!Files.exists(ctx.resolve(p))) {
                throw SyncdbException.error("seed file not found: " + p);
            }
        }
        return SqlScript.read(paths.stream().map(ctx::resolve).toList());
    }

    private boolean confirm(Schema current, Options o) {
        new ApplyText(ctx.out()).willRecreate(current.tables().stream().map(Table::name).toList());
        if (o.confirm() != null) {
            return o.confirm().equals(WORDS);
        }
        if (o.auto() || !ctx.prompt().interactive()) {
            return false;
        }
        ctx.out().flush();
        String answer = ctx.prompt().ask("Type " + WORDS + " to continue: ");
        return answer != null && answer.strip().equals(WORDS);
    }
}
