package dev.syncdb.cli.command;

import dev.syncdb.SyncdbException;
import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.ExitCode;
import dev.syncdb.cli.UsesCommonOptions;
import dev.syncdb.cli.VersionProvider;
import dev.syncdb.cli.config.CommonOptions;
import dev.syncdb.cli.config.SchemaTargetOptions;
import dev.syncdb.cli.config.RunRequest;
import dev.syncdb.cli.config.Settings;
import dev.syncdb.cli.config.SettingsResolver;
import dev.syncdb.cli.diagram.DiagramSvg;
import dev.syncdb.cli.output.DiagramJson;
import dev.syncdb.diagram.Diagram;
import dev.syncdb.diagram.MermaidDiagram;
import dev.syncdb.diagram.TableFilter;
import dev.syncdb.engine.plan.DiagramUseCase;
import dev.syncdb.engine.plan.SyncRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * The {@code diagram} command: an entity-relationship diagram of the current database, of the
 * desired schema, or of the change between them (added, altered and dropped tables and columns
 * marked), as Mermaid text or a standalone SVG; changes nothing.
 */
@Command(name = "diagram", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Draw the schema: the current database, the desired schema, or the change between them.",
                "Mermaid erDiagram text (renders in GitHub/GitLab Markdown) or a standalone SVG. Changes nothing."})
public final class DiagramCommand implements Callable<Integer>, UsesCommonOptions {
    /** What {@code --of} accepts. */
    public enum Of { current, desired, change }

    /** What {@code --format} accepts. */
    public enum Format { mermaid, svg }

    private final CliContext ctx;

    /** What the run is built from; the groups below are the options this command takes. */
    final CommonOptions common = new CommonOptions();

    @Mixin
    SchemaTargetOptions options = new SchemaTargetOptions(common);

    @Option(names = "--of", paramLabel = "current|desired|change",
            description = "what to draw (default: change when a desired schema is given, else current)")
    Of of;

    @Option(names = "--format", paramLabel = "mermaid|svg", defaultValue = "mermaid",
            description = "mermaid (text, default) or svg (a standalone picture)")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write the diagram to FILE instead of standard output")
    String out;

    @Option(names = "--tables", paramLabel = "PATTERN",
            description = "only these tables: globs separated by commas (order*,customers) or /regex/")
    String tables;

    @Option(names = "--json", description = "print one JSON document: the tables, columns and relationships drawn,"
            + " and the diagram text (unless written with --out)")
    boolean json;

    public DiagramCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws IOException {
        TableFilter filter = filter();
        CliContext run = json ? ctx.humanOnStderr() : ctx;
        Settings settings = settings(run, common, of == null || of == Of.current);
        Diagram.Subject subject = subject(settings);
        SyncRequest request = request(run, common, settings, subject);
        Diagram diagram = TimedRun.run(run, common, request, () -> new DiagramUseCase().run(request, subject));
        if (filter != null) {
            diagram = diagram.only(filter);
        }
        String text = format == Format.svg ? DiagramSvg.render(diagram) : MermaidDiagram.render(diagram);
        Path file = out == null ? null : ctx.resolve(out);
        if (file != null) {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            if (!common.quiet()) {
                ctx.err().println("wrote " + out + " (" + diagram.tables().size() + " tables)");
            }
        }
        if (json) {
            ctx.out().println(DiagramJson.of(diagram, format.name(), text, file, ctx.workDir()));
        } else if (file == null) {
            ctx.out().print(text);
        }
        return ExitCode.OK;
    }

    /** The settings of a diagram: the desired schema optional when only the current database is drawn. */
    public static Settings settings(CliContext ctx, CommonOptions common, boolean currentOnly) {
        SettingsResolver resolver = new SettingsResolver(ctx);
        return currentOnly ? resolver.resolveOptionalSchema(common) : resolver.resolve(common);
    }

    /** The request that draws {@code subject}: the target alone for the current database, else the whole run's. */
    public static SyncRequest request(CliContext ctx, CommonOptions common, Settings settings, Diagram.Subject subject) {
        return subject == Diagram.Subject.CURRENT
                ? new SyncRequest(settings.url(), settings.schemaName(), null, null).withContext(ctx.dialectContext())
                : RunRequest.of(ctx, common, settings);
    }

    private Diagram.Subject subject(Settings settings) {
        if (of != null) {
            return Diagram.Subject.valueOf(of.name().toUpperCase(java.util.Locale.ROOT));
        }
        return settings.hasDesired() ? Diagram.Subject.CHANGE : Diagram.Subject.CURRENT;
    }

    private TableFilter filter() {
        if (tables == null) {
            return null;
        }
        try {
            return TableFilter.parse(tables);
        } catch (IllegalArgumentException e) {
            throw SyncdbException.error("--tables: " + e.getMessage());
        }
    }

    @Override
    public CommonOptions common() {
        return common;
    }
}
