package dev.syncdb.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * The root command {@code syncdb}: the seed workflow. {@code --check-only} reports, {@code --auto}
 * applies without questions; with neither it reports (the interactive wizard is a later step) and,
 * without a terminal, never waits for input.
 */
@Command(name = "syncdb", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Keep a database schema in sync with the desired schema, safely.",
        footer = {"", "Exit codes: 0 success / in sync, 1 error, 2 differences found, 3 refused as unsafe."})
final class RootCommand implements Callable<Integer>, UsesCommonOptions {
    static final String WIZARD_HINT = "Interactive wizard: run `syncdb apply` to review and apply";

    private final CliContext ctx;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--check-only", description = "report state and differences; change nothing (exit 0 in sync, 2 differences)")
    boolean checkOnly;

    @Option(names = "--auto", description = "apply without questions, then verify")
    boolean auto;

    @Option(names = "--allow-destructive", description = "with --auto: allow steps that lose data")
    boolean allowDestructive;

    @Option(names = "--no-backup", description = "with --auto: skip the backup taken before applying")
    boolean noBackup;

    @Mixin
    BackupOptions backupOptions;

    @Option(names = "--json", description = "with --check-only: print the differences as JSON")
    boolean json;

    RootCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        if (checkOnly && auto) {
            throw new ParameterException(spec.commandLine(), "--check-only and --auto cannot be used together");
        }
        if (auto) {
            return new ApplyRun(ctx).run(common, true, allowDestructive, noBackup ? null : backupOptions);
        }
        int code = new CheckRun(ctx).run(common, json);
        if (!checkOnly && ctx.prompt().interactive() && !json && !common.quiet) {
            ctx.out().println(WIZARD_HINT);
        }
        return code;
    }

    @Override
    public CommonOptions common() {
        return common;
    }
}
