package dev.syncdb.cli;

import dev.syncdb.SyncdbException;
import dev.syncdb.cli.command.ApplyRun;
import dev.syncdb.cli.command.LockOptions;
import dev.syncdb.cli.command.BackupOptions;
import dev.syncdb.cli.command.CheckRun;
import dev.syncdb.cli.command.RecreateRun;
import dev.syncdb.cli.command.WizardRun;
import dev.syncdb.cli.config.CommonOptions;
import dev.syncdb.cli.config.RequireOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The root command {@code syncdb}: the seed workflow. On a terminal, the interactive wizard; without
 * one (or with {@code --check-only}) a report that never waits for input; {@code --auto} applies
 * without questions; {@code --force-recreate} drops and recreates everything after a typed
 * confirmation.
 */
@Command(name = "syncdb", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Keep a database schema in sync with the desired schema, safely.",
                "On a terminal: the interactive wizard. Without one: the same as --check-only (it never waits for input)."},
        footer = {"", "Exit codes: 0 success / in sync, 1 error, 2 differences found, 3 refused as unsafe."})
final class RootCommand implements Callable<Integer>, UsesCommonOptions {
    private final CliContext ctx;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--check-only", description = "report state and differences; change nothing (exit 0 in sync, 2 differences)")
    boolean checkOnly;

    @Option(names = "--auto", description = "no questions: backup, apply, verify; refuses (exit 3) steps that lose data"
            + " unless --allow-destructive, and steps the live data would make fail")
    boolean auto;

    @Option(names = "--allow-destructive", description = "allow steps that lose data (drop table, drop column, ...)")
    boolean allowDestructive;

    @Option(names = "--no-backup", description = "skip the backup taken before applying or recreating")
    boolean noBackup;

    @Option(names = "--force-recreate", description = "back up, drop every managed object, recreate from the desired"
            + " schema; asks to type DELETE ALL DATA (without a terminal: --confirm \"DELETE ALL DATA\")")
    boolean forceRecreate;

    @Option(names = "--confirm", paramLabel = "WORDS", description = "with --force-recreate: --confirm \"DELETE ALL DATA\"")
    String confirm;

    @Option(names = "--seed", paramLabel = "FILE|DIR", description = "with --force-recreate: SQL files run after the"
            + " tables are recreated (a directory: its .sql files in name order; repeatable)")
    List<String> seed = new ArrayList<>();

    @Mixin
    BackupOptions backupOptions;

    @Mixin
    RequireOption require;

    @Mixin
    LockOptions lock;

    @Option(names = "--json", description = "print the result as one JSON document: the check (alone or with --check-only),"
            + " the apply (with --auto) or the recreation (with --force-recreate)")
    boolean json;

    RootCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        checkCombinations();
        if (forceRecreate) {
            return new RecreateRun(ctx, lock.runLock(ctx)).withJson(json).run(common, new RecreateRun.Options(auto, confirm, seed,
                    noBackup ? null : backupOptions));
        }
        if (auto) {
            return new ApplyRun(ctx, lock.runLock(ctx)).withJson(json)
                    .run(common, true, allowDestructive, noBackup ? null : backupOptions);
        }
        if (checkOnly || json || !ctx.prompt().interactive()) {
            return new CheckRun(ctx).run(common, json);
        }
        return new WizardRun(ctx, lock.runLock(ctx)).run(common, allowDestructive, noBackup ? null : backupOptions, require);
    }

    private void checkCombinations() {
        if (checkOnly && auto) {
            throw new ParameterException(spec.commandLine(), "--check-only and --auto cannot be used together");
        }
        if (forceRecreate && checkOnly) {
            throw new ParameterException(spec.commandLine(), "--force-recreate cannot be used with --check-only");
        }
        if (!forceRecreate && (confirm != null || !seed.isEmpty())) {
            throw new ParameterException(spec.commandLine(), "--confirm and --seed go with --force-recreate");
        }
        if (confirm != null && !confirm.equals(RecreateRun.WORDS)) {
            throw new SyncdbException(SyncdbException.REFUSED, "refused: --confirm must be exactly \"" + RecreateRun.WORDS
                    + "\"; nothing was changed");
        }
    }

    @Override
    public CommonOptions common() {
        return common;
    }
}
