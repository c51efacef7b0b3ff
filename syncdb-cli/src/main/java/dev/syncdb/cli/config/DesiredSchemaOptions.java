package dev.syncdb.cli.config;

import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the desired schema is and how it is built: {@code --schema}, {@code --all-schemas}, {@code --entities},
 * {@code --classpath}, {@code --naming}, {@code --dev-url}, {@code --desired-url}, the desired-model
 * cache ({@code --cache-dir}, {@code --no-cache}) and {@code --timings}. A picocli mixin of every
 * command that compares the database with a desired schema.
 */
public final class DesiredSchemaOptions {

    @Option(names = "--schema", paramLabel = "PATH",
            description = "desired schema: a .sql file or a directory of them, read in name order (repeatable)")
    List<String> schema = new ArrayList<>();

    @Option(names = "--all-schemas",
            description = "PostgreSQL: also manage every schema the --schema files create (CREATE SCHEMA), beside"
                    + " --schema-name (default: public)")
    boolean allSchemas;

    @Option(names = "--entities", paramLabel = "PACKAGE[,PACKAGE]",
            description = "desired schema: the JPA @Entity classes under these package prefixes (instead of --schema)")
    String entities;

    @Option(names = "--classpath", paramLabel = "PATH",
            description = "where the entity classes are: jars, class directories, dir/* (every jar in dir), ':'-separated")
    String classpath;

    @Option(names = "--naming", paramLabel = "spring|jpa|CLASS",
            description = "table and column naming of the entities: spring (default, snake_case), jpa (as written),"
                    + " or a Hibernate naming strategy class")
    String naming;

    @Option(names = "--dev-url", paramLabel = "URL",
            description = "database where the desired schema is built for comparison (default: a scratch place next to the target)")
    String devUrl;

    @Option(names = "--desired-url", paramLabel = "URL",
            description = "take the desired schema from this live database instead of --schema (drift between two databases)")
    String desiredUrl;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "where inspected desired schemas are cached (default: $SYNCDB_CACHE_DIR, else .syncdb/cache in the working directory)")
    String cacheDir;

    @Option(names = "--no-cache", description = "always build the desired schema; neither read nor write the cache")
    boolean noCache;

    @Option(names = "--timings", description = "print how long each phase took (connect, materialize, inspect, diff, plan; cache hit or miss) to stderr")
    boolean timings;
}
