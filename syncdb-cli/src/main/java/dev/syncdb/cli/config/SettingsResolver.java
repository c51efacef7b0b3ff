package dev.syncdb.cli.config;

import dev.syncdb.SyncdbException;
import dev.syncdb.cli.CliContext;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.dialect.Dialect;
import dev.syncdb.dialect.Dialects;
import dev.syncdb.dialect.Namespaces;
import dev.syncdb.sql.CreatedSchemas;
import dev.syncdb.sql.SqlScript;
import dev.syncdb.engine.desired.DesiredSourceProvider;
import dev.syncdb.engine.desired.EntitySpec;
import dev.syncdb.engine.desired.NamedSchemas;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the settings of a run, first match wins. The database: {@code --url}, the environment
 * variable {@code DATABASE_URL}, {@code DATABASE_URL} in {@code .env} (or {@code --env-file}),
 * {@code url:} in {@code syncdb.yaml} (or {@code --config}). The desired schema: {@code --schema} or
 * {@code --entities} (see {@link EntitySettings}), then {@code schema:} or {@code entities:} in the
 * config file. The managed schemas: {@code --schema-name} (or {@code schema-name:}), with those the
 * files create ({@code --all-schemas}) or, on PostgreSQL, those the entities name ({@link NamedSchemas}).
 */
public final class SettingsResolver {
    public static final String NO_URL = "no database URL: pass --url, set DATABASE_URL, or add it to .env";
    public static final String NO_SCHEMA = "no desired schema: pass --schema PATH (a .sql file or a directory) or --entities PACKAGE"
            + " --classpath PATH (JPA entities), or add schema: or entities: to syncdb.yaml";

    private final CliContext ctx;

    public SettingsResolver(CliContext ctx) {
        this.ctx = ctx;
    }

    public Settings resolve(CommonOptions o) {
        ConfigFile config = ConfigFile.load(o.connection.config != null ? ctx.resolve(o.connection.config) : ctx.resolve("syncdb.yaml"),
                o.connection.config != null);
        Found found = databaseUrl(o, config);
        DatabaseUrl url = parse(found.text(), found.source());
        DatabaseUrl desiredUrl = o.desired.desiredUrl == null ? null : parse(o.desired.desiredUrl, "--desired-url");
        String schemaName = o.connection.schemaName() != null ? o.connection.schemaName() : config.schemaName().orElse(null);
        String dev = o.desired.devUrl != null ? o.desired.devUrl : config.devUrl().orElse(null);
        DatabaseUrl devUrl = dev == null ? null : parse(dev, o.desired.devUrl != null ? "--dev-url" : config.file() + " (dev-url)");
        EntitySpec entities = desiredUrl != null ? null : new EntitySettings(ctx).resolve(o, config, devUrl);
        List<Path> schema = (desiredUrl != null || entities != null) && o.desired.schema.isEmpty() ? List.of() : schemaPaths(o, config);
        boolean privileges = o.comparison.privileges || config.privileges();
        if (o.desired.allSchemas) {
            schemaName = withCreatedSchemas(url, schemaName, schema);
        } else if (entities != null) {
            schemaName = NamedSchemas.managed(url, schemaName, DesiredSourceProvider.forEntities(
                    entities.withCache(RunRequest.cache(ctx, o), RunRequest.cacheVersion())));
        }
        return new Settings(url, found.source(), schema, schemaName, devUrl, desiredUrl, entities, privileges,
                OnlineSettings.resolve(o, config), clientFile(o));
    }

    /**
     * {@code --all-schemas}: the run's schemas ({@code schemaName}, or the dialect's default) followed by
     * every schema the desired files create that is not among them yet.
     */
    private static String withCreatedSchemas(DatabaseUrl url, String schemaName, List<Path> schema) {
        if (schema.isEmpty()) {
            throw SyncdbException.error("--all-schemas reads the schemas the --schema files create; give --schema");
        }
        Dialect dialect = Dialects.forUrl(url);
        List<String> names = new ArrayList<>(schemaName == null ? List.of(dialect.defaultSchemaName(url)) : Namespaces.split(schemaName));
        for (String created : CreatedSchemas.read(SqlScript.read(schema), dialect.splitOptions())) {
            if (!names.contains(created)) {
                names.add(created);
            }
        }
        return Namespaces.join(names);
    }

    /**
     * The settings of a command that needs only the database (the migration commands): the desired
     * schema is not required.
     */
    public Settings resolveTarget(CommonOptions o) {
        ConfigFile config = ConfigFile.load(o.connection.config != null ? ctx.resolve(o.connection.config) : ctx.resolve("syncdb.yaml"),
                o.connection.config != null);
        Found found = databaseUrl(o, config);
        String schemaName = o.connection.schemaName() != null ? o.connection.schemaName() : config.schemaName().orElse(null);
        return new Settings(parse(found.text(), found.source()), found.source(), List.of(), schemaName, null, null)
                .withClientFile(clientFile(o));
    }

    /**
     * The settings of a command for which a desired schema is optional ({@code verify}): like
     * {@link #resolve} when a desired schema is named anywhere ({@code --schema}, {@code --entities},
     * {@code --desired-url}, {@code schema:} or {@code entities:} in the config file), else the target only.
     */
    public Settings resolveOptionalSchema(CommonOptions o) {
        ConfigFile config = config(o);
        boolean none = o.desired.schema.isEmpty() && o.desired.desiredUrl == null && o.desired.entities == null
                && config.schema().isEmpty() && config.entities().isEmpty();
        if (none) {
            return resolveTarget(o);
        }
        return resolve(o);
    }

    private Path clientFile(CommonOptions o) {
        if (o.connection.defaultsFile == null) {
            return null;
        }
        Path file = ctx.resolve(o.connection.defaultsFile);
        if (!Files.isRegularFile(file)) {
            throw SyncdbException.error("--defaults-file " + o.connection.defaultsFile + ": file not found");
        }
        return file;
    }

    /** How live tables are changed (online mode, lock wait timeout, retries), from the options over the config file. */
    public dev.syncdb.engine.plan.OnlineOptions online(CommonOptions o) {
        return OnlineSettings.resolve(o, config(o));
    }

    /** The {@code require:} list of the config file (empty without one). */
    public List<String> required(CommonOptions o) {
        return config(o).require();
    }

    private ConfigFile config(CommonOptions o) {
        return ConfigFile.load(o.connection.config != null ? ctx.resolve(o.connection.config) : ctx.resolve("syncdb.yaml"), o.connection.config != null);
    }

    /** A URL text and a label of where it came from. */
    private record Found(String text, String source) {
    }

    private Found databaseUrl(CommonOptions o, ConfigFile config) {
        if (o.connection.url != null) {
            return new Found(o.connection.url, "--url");
        }
        String env = ctx.env().get("DATABASE_URL");
        if (env != null && !env.isBlank()) {
            return new Found(env, "DATABASE_URL");
        }
        Path envPath = o.connection.envFile != null ? ctx.resolve(o.connection.envFile) : ctx.resolve(".env");
        Optional<String> fromFile = EnvFile.load(envPath, o.connection.envFile != null).get("DATABASE_URL");
        if (fromFile.isPresent()) {
            SecretFiles.warning(envPath, List.of(fromFile.get())).ifPresent(ctx.err()::println);
            return new Found(fromFile.get(), envPath.toString());
        }
        Found found = config.url().map(u -> new Found(u, config.file().toString()))
                .orElseThrow(() -> SyncdbException.error(NO_URL));
        SecretFiles.warning(config.file(), java.util.Arrays.asList(found.text(), config.devUrl().orElse(null)))
                .ifPresent(ctx.err()::println);
        return found;
    }

    private static DatabaseUrl parse(String text, String source) {
        try {
            return DatabaseUrl.parse(text);
        } catch (IllegalArgumentException e) {
            throw SyncdbException.error("invalid database URL from " + source + ": "
                    + DatabaseUrl.maskText(e.getMessage()));
        }
    }

    private List<Path> schemaPaths(CommonOptions o, ConfigFile config) {
        List<Path> paths = o.desired.schema.isEmpty() ? config.schema() : o.desired.schema.stream().map(ctx::resolve).toList();
        if (paths.isEmpty()) {
            throw SyncdbException.error(NO_SCHEMA);
        }
        for (Path p : paths) {
            if (!Files.exists(ctx.workDir().resolve(p))) {
                throw SyncdbException.error("schema file not found: " + p);
            }
        }
        return paths;
    }
}
