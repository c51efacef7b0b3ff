package dev.syncdb.maven;

import dev.syncdb.SyncdbException;
import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.command.DiagramCommand;
import dev.syncdb.cli.config.CommonOptions;
import dev.syncdb.cli.config.Settings;
import dev.syncdb.cli.diagram.DiagramSvg;
import dev.syncdb.diagram.Diagram;
import dev.syncdb.diagram.MermaidDiagram;
import dev.syncdb.diagram.TableFilter;
import dev.syncdb.engine.plan.DiagramUseCase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;

/**
 * The {@code diagram} goal: an entity-relationship diagram of the change between the database and the
 * desired schema (or of either alone, {@code of}), written as SVG or Mermaid text under
 * {@code target/syncdb/}, as {@code syncdb diagram} does; changes nothing.
 */
@Mojo(name = "diagram", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class DiagramMojo extends AbstractSyncdbMojo {

    /** What to draw: {@code change} (default), {@code current} or {@code desired}. */
    @Parameter(property = "syncdb.diagram.of", defaultValue = "change")
    protected String of;

    /** {@code svg} (default, a standalone picture) or {@code mermaid} (text for Markdown). */
    @Parameter(property = "syncdb.diagram.format", defaultValue = "svg")
    protected String format;

    /** Only these tables: globs separated by commas, or {@code /regex/}. */
    @Parameter(property = "syncdb.diagram.tables")
    protected String tables;

    /** The file written; by default {@code target/syncdb/diagram.svg} (or {@code .mmd} for Mermaid). */
    @Parameter(property = "syncdb.diagram.out")
    protected File out;

    @Override
    protected void run(CliContext ctx, CommonOptions options) {
        Diagram.Subject subject = Diagram.Subject.valueOf(of.strip().toUpperCase(Locale.ROOT));
        boolean svg = format.strip().equalsIgnoreCase("svg");
        Settings settings = DiagramCommand.settings(ctx, options, subject == Diagram.Subject.CURRENT);
        Diagram diagram = new DiagramUseCase().run(DiagramCommand.request(ctx, options, settings, subject), subject);
        if (tables != null && !tables.isBlank()) {
            try {
                diagram = diagram.only(TableFilter.parse(tables));
            } catch (IllegalArgumentException e) {
                throw SyncdbException.error("tables: " + e.getMessage());
            }
        }
        File file = out != null ? out
                : new File(project.getBuild().getDirectory(), "syncdb/diagram." + (svg ? "svg" : "mmd"));
        try {
            Files.createDirectories(file.toPath().toAbsolutePath().getParent());
            Files.writeString(file.toPath(), svg ? DiagramSvg.render(diagram) : MermaidDiagram.render(diagram),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.out().println("syncdb: wrote " + file + " (" + diagram.tables().size() + " tables, "
                + subject.name().toLowerCase(Locale.ROOT) + ")");
    }
}
