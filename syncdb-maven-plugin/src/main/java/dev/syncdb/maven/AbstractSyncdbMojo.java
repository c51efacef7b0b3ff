package dev.syncdb.maven;

import dev.syncdb.SyncdbException;
import dev.syncdb.cli.CliContext;
import dev.syncdb.cli.config.CommonOptions;
import dev.syncdb.cli.config.CommonOptionsBuilder;
import dev.syncdb.cli.config.ConfigFile;
import dev.syncdb.cli.output.ErrorReporter;
import dev.syncdb.cli.wizard.Prompt;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * What every syncdb goal shares: the settings a pom can give (the database, the desired schema as SQL
 * files or entity packages, naming, the managed schema, the migrations directory, {@code skip}), turned
 * into the command line's options and resolved by the command line's own rules (a missing {@code url}
 * is looked up in {@code DATABASE_URL}, {@code .env} and {@code syncdb.yaml} of the project directory),
 * the project's runtime classpath as the classpath of its entities, and the command line's output sent
 * to Maven's log. A goal only says which use case runs.
 */
public abstract class AbstractSyncdbMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** The database URL; when unset: {@code DATABASE_URL}, then {@code .env}, then {@code url:} in {@code syncdb.yaml}. */
    @Parameter(property = "syncdb.url")
    protected String url;

    /** The desired schema: {@code .sql} files or directories of them, read in name order. */
    @Parameter(property = "syncdb.schemaFiles")
    protected List<File> schemaFiles;

    /** The desired schema: the JPA entities under these package prefixes, read from the project's classes and runtime dependencies. */
    @Parameter(property = "syncdb.entities")
    protected List<String> entities;

    /** Table and column naming of the entities: {@code spring} (default), {@code jpa}, or a Hibernate naming strategy class. */
    @Parameter(property = "syncdb.naming")
    protected String naming;

    /** The database schema to manage (default: the dialect's, e.g. {@code public} on PostgreSQL). */
    @Parameter(property = "syncdb.schemaName")
    protected String schemaName;

    /** The versioned migrations directory. */
    @Parameter(property = "syncdb.migrations", defaultValue = "${project.basedir}/migrations")
    protected File migrations;

    /** Lists what the desired source found (e.g. every entity), as {@code --verbose} does; also on with {@code -X}. */
    @Parameter(property = "syncdb.verbose", defaultValue = "false")
    protected boolean verbose;

    /** Skips the goal. */
    @Parameter(property = "syncdb.skip", defaultValue = "false")
    protected boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("syncdb: skipped");
            return;
        }
        PrintStream out = LogStream.to(line -> getLog().info(inMavenTerms(line)));
        PrintStream err = LogStream.to(line -> {
            if (informational(line)) {
                getLog().info(line);
            } else {
                getLog().warn(line);
            }
        });
        Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
        CliContext ctx = new CliContext(out, err, System.getenv(), workDir(basedir), Prompt.none());
        try {
            run(ctx, options(ctx, basedir));
        } catch (SyncdbException e) {
            String message = ErrorReporter.oneLine(e.getMessage()).replace("--allow-destructive",
                    "allowDestructive (-Dsyncdb.allowDestructive=true)");
            if (e.exitCode() == SyncdbException.REFUSED) {
                throw new MojoFailureException(message);
            }
            throw new MojoExecutionException(message);
        } catch (RuntimeException e) {
            throw new MojoExecutionException(e.getClass().getName() + ": " + ErrorReporter.oneLine(e.getMessage()), e);
        } finally {
            out.close();
            err.close();
        }
    }

    /** Runs the goal's use case with the command line's options built from the pom. */
    protected abstract void run(CliContext ctx, CommonOptions options) throws MojoFailureException;

    /**
     * The project directory as the command line's working directory: the relative path {@code ""} when
     * Maven runs in it (the usual case; output then shows paths as the user wrote them), else its absolute path.
     */
    private static Path workDir(Path basedir) {
        return basedir.equals(Path.of("").toAbsolutePath().normalize()) ? Path.of("") : basedir;
    }

    /**
     * Whether a line the command line writes to stderr is information rather than a warning: its
     * indented lines are the progress of long work ({@code   [2/5] add column users.phone (at 1.2 s)},
     * {@code   ... still running: ...}) and timings; warnings and errors start at the margin.
     */
    static boolean informational(String line) {
        return line.startsWith("  ");
    }

    /** The command line's hints ({@code syncdb plan}, {@code syncdb apply}, {@code --verbose}) as what does it here. */
    static String inMavenTerms(String line) {
        return line.replace("`syncdb plan`", "`mvn syncdb:plan`").replace("`syncdb apply`", "`mvn syncdb:apply`")
                .replace("(--verbose lists them)", "(-Dsyncdb.verbose lists them)");
    }

    private CommonOptions options(CliContext ctx, Path basedir) throws MojoExecutionException {
        List<String> packages = entities == null ? List.of() : entities.stream().map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
        List<String> schema = schemaFiles == null ? List.of() : schemaFiles.stream().map(f -> relative(basedir, f)).toList();
        return new CommonOptionsBuilder()
                .url(url)
                .schema(schema)
                .entities(packages)
                .classpath(readsEntities(ctx, packages, schema) ? runtimeClasspath() : List.of())
                .naming(naming)
                .schemaName(schemaName)
                .migrations(migrations == null ? null : relative(basedir, migrations))
                .verbose(verbose || getLog().isDebugEnabled())
                .noColor(true)
                .build();
    }

    /** A path inside the project directory as relative to it (as the user wrote it), any other as it is. */
    private static String relative(Path basedir, File file) {
        Path path = file.toPath().toAbsolutePath().normalize();
        if (!path.startsWith(basedir)) {
            return path.toString();
        }
        String inside = basedir.relativize(path).toString();
        return inside.isEmpty() ? "." : inside;
    }

    /** Whether the desired schema is entities: named in the pom, or in {@code syncdb.yaml} when the pom names no SQL files. */
    private static boolean readsEntities(CliContext ctx, List<String> packages, List<String> schema) {
        if (!packages.isEmpty()) {
            return true;
        }
        return schema.isEmpty() && !ConfigFile.load(ctx.resolve("syncdb.yaml"), false).entities().isEmpty();
    }

    /** The project's compiled classes and its runtime dependencies, where its entity classes and what they need are. */
    private List<String> runtimeClasspath() throws MojoExecutionException {
        try {
            List<String> elements = project.getRuntimeClasspathElements();
            String classes = project.getBuild().getOutputDirectory();
            if (classes != null && !new File(classes).isDirectory()) {
                getLog().warn("syncdb: " + classes + " does not exist yet: compile first (mvn compile syncdb:<goal>)");
            }
            return elements;
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("cannot read the project's runtime classpath: " + e.getMessage(), e);
        }
    }
}
