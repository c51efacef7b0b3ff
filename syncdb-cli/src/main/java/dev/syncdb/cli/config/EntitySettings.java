package dev.syncdb.cli.config;

import dev.syncdb.SyncdbException;
import dev.syncdb.cli.CliContext;
import dev.syncdb.dialect.DatabaseUrl;
import dev.syncdb.engine.desired.EntitySpec;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Finds where the entity classes are, flags first: {@code --entities}, {@code --classpath} and
 * {@code --naming}, else {@code entities:}, {@code classpath:} and {@code naming:} in the config file.
 * A {@code --schema} flag wins over {@code entities:} in the file, as {@code --entities} wins over
 * {@code schema:}; both flags at once, or both keys at once, are an error.
 */
public final class EntitySettings {
    private final CliContext ctx;

    public EntitySettings(CliContext ctx) {
        this.ctx = ctx;
    }

    /** The entity spec of this run, or null when the desired schema is not entities. */
    public EntitySpec resolve(CommonOptions o, ConfigFile config, DatabaseUrl devUrl) {
        if (o.desired.entities != null && !o.desired.schema.isEmpty()) {
            throw SyncdbException.error("--schema and --entities cannot be used together: pick one desired schema");
        }
        List<String> packages = o.desired.entities != null ? packages(o.desired.entities)
                : o.desired.schema.isEmpty() ? config.entities() : List.of();
        if (packages.isEmpty()) {
            if (o.desired.entities != null) {
                throw SyncdbException.error("--entities needs at least one package, e.g. --entities com.example.app");
            }
            if (o.desired.classpath != null || o.desired.naming != null) {
                throw SyncdbException.error((o.desired.classpath != null ? "--classpath" : "--naming")
                        + " applies to entities: add --entities PACKAGE");
            }
            return null;
        }
        if (o.desired.entities == null && !config.schema().isEmpty()) {
            throw SyncdbException.error(config.file() + ": schema: and entities: cannot both be set: pick one desired schema");
        }
        List<Path> classpath = o.desired.classpath != null ? classpath(o.desired.classpath) : config.classpath();
        if (classpath.isEmpty()) {
            throw SyncdbException.error("--entities needs --classpath PATH: the jars or class directories holding "
                    + String.join(", ", packages) + " (e.g. build/classes/java/main:lib/*)");
        }
        String naming = o.desired.naming != null ? o.desired.naming : config.naming().orElse(null);
        return new EntitySpec(packages, classpath, naming, devUrl);
    }

    private static List<String> packages(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private List<Path> classpath(String text) {
        return Arrays.stream(text.split(File.pathSeparator)).map(String::strip).filter(p -> !p.isEmpty())
                .map(ctx::resolve).toList();
    }
}
