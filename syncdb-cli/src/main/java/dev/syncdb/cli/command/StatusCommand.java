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
import dev.syncdb.cli.config.RequireOption;
import dev.syncdb.cli.config.Settings;
import dev.syncdb.cli.config.SettingsResolver;
import dev.syncdb.cli.output.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.UncheckedIOException;
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
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final CliContext ctx;

    @Mixin
    CommonOptions common;

    @Mixin
    RequireOption require;

    @Option(names = "--json", description = "print as JSON")
    boolean json;

    public StatusCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        Settings settings = new SettingsResolver(ctx).resolveTarget(common);
        StatusResult s = new StatusUseCase().run(settings.url(), settings.schemaName(), ctx.resolve(common.migrations()),
                require.tables(ctx, common));
        if (json) {
            ctx.out().println(json(s));
        } else if (!common.quiet()) {
            print(s, new Style(ctx.color(common.noColor())));
        }
        return s.requiredPresent() ? ExitCode.OK : ExitCode.ERROR;
    }

    private void print(StatusResult s, Style style) {
        var out = ctx.out();
        out.println(style.good("✅") + " connected to " + s.maskedUrl() + " (" + s.serverVersion() + "), schema " + s.schemaName());
        out.println("Tables (" + s.tables().size() + "): " + (s.tables().isEmpty() ? "none" : String.join(", ", s.tables())));
        StatusResult.Migrations m = s.migrations();
        if (m == null) {
            out.println("Migrations: none (no " + common.migrations() + " directory, no history table)");
        } else {
            out.println("Migrations: at " + m.current() + ", " + m.applied() + " applied, " + m.pending().size() + " pending"
                    + (m.pending().isEmpty() ? "" : " (" + String.join(", ", m.pending()) + ")"));
            if (m.problem() != null) {
                out.println(style.bad("❌") + " " + m.problem());
            }
        }
        if (!s.required().isEmpty()) {
            out.println("Required tables:");
            for (RequiredTable r : s.required()) {
                out.println("  " + (r.present() ? style.good("✅") : style.bad("❌")) + " " + r.name()
                        + (r.present() ? "" : " (missing)"));
            }
        }
    }

    public static String json(StatusResult s) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("target", s.maskedUrl());
        root.put("dialect", s.dialect());
        root.put("serverVersion", s.serverVersion());
        root.put("schema", s.schemaName());
        var tables = root.putArray("tables");
        s.tables().forEach(tables::add);
        if (s.migrations() == null) {
            root.putNull("migrations");
        } else {
            ObjectNode m = root.putObject("migrations");
            m.put("current", s.migrations().current());
            m.put("applied", s.migrations().applied());
            var pending = m.putArray("pending");
            s.migrations().pending().forEach(pending::add);
            m.put("problem", s.migrations().problem());
        }
        var required = root.putArray("required");
        s.required().forEach(r -> required.addObject().put("table", r.name()).put("present", r.present()));
        root.put("requiredPresent", s.requiredPresent());
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public CommonOptions common() {
        return common;
    }
}
