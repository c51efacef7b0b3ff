package dev.syncdb.cli.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.syncdb.engine.verify.RequiredTable;
import dev.syncdb.engine.verify.StatusResult;
import dev.syncdb.engine.verify.StatusUseCase;
import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.ExitCode;
import dev.syncdb.cli.UsesCommonOptions;
import dev.syncdb.cli.VersionProvider;
import dev.syncdb.cli.config.CommonOptions;
import dev.syncdb.cli.config.MigrationTargetOptions;
import dev.syncdb.cli.config.RequireOption;
import dev.syncdb.cli.config.Settings;
import dev.syncdb.cli.config.SettingsResolver;
import dev.syncdb.cli.output.StatusJson;
import dev.syncdb.cli.output.StatusText;
import dev.syncdb.cli.output.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * The {@code status} command: the connection (server version), the tables in the database, the
 * applied migration version and pending count, and the required tables ✅/❌. Changes nothing;
 * exit 1 when a required table is missing.
 */
@Command(name = "status", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Show the connection (server version), the tables, the migration version and the required tables.",
                "Changes nothing. Exit 0, or 1 when a required table (--require, require: in syncdb.yaml) is missing."})
public final class StatusCommand implements Callable<Integer>, UsesCommonOptions {
    private final CliContext ctx;

    /** What the run is built from; the groups below are the options this command takes. */
    final CommonOptions common = new CommonOptions();

    @Mixin
    MigrationTargetOptions options = new MigrationTargetOptions(common);

    @Mixin
    dev.syncdb.cli.fleet.FleetOptions fleet;

    @Mixin
    RequireOption require;

    @Option(names = "--json", description = "print as JSON")
    boolean json;

    public StatusCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        if (fleet.active()) {
            return fleet.run(ctx, common);
        }
        Settings settings = new SettingsResolver(ctx).resolveTarget(common);
        StatusResult s = new StatusUseCase(settings.context(ctx)).run(settings.url(), settings.schemaName(), ctx.resolve(common.migrations()),
                require.tables(ctx, common));
        if (json) {
            ctx.out().println(StatusJson.of(s));
        } else if (!common.quiet()) {
            new StatusText(ctx.out(), new Style(ctx.color(common.noColor()))).print(s, common.migrations());
        }
        return s.requiredPresent() ? ExitCode.OK : ExitCode.ERROR;
    }

    @Override
    public CommonOptions common() {
        return common;
    }
}
