package dev.syncdb.cli.config;

import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the database is and how to reach it: {@code --url}, {@code --env-file}, {@code --config},
 * {@code --defaults-file}, {@code --schema-name}. A picocli mixin of every command that connects.
 */
public final class ConnectionOptions {

    @Option(names = "--url", paramLabel = "URL",
            description = "database URL (default: $DATABASE_URL, then DATABASE_URL in .env, then url: in syncdb.yaml)")
    String url;

    @Option(names = "--schema-name", paramLabel = "NAME",
            description = "database schema to manage (default: public for PostgreSQL, the URL's database for MySQL);"
                    + " repeatable on PostgreSQL: manages several schemas together, the first is the run's own")
    List<String> schemaNames = new ArrayList<>();

    /** The {@code --schema-name} values as one name ({@link dev.syncdb.dialect.Namespaces}), or null. */
    String schemaName() {
        return dev.syncdb.dialect.Namespaces.join(schemaNames);
    }

    @Option(names = "--env-file", paramLabel = "FILE", description = "read DATABASE_URL from this file instead of .env")
    String envFile;

    @Option(names = "--config", paramLabel = "FILE", description = "read settings from this file instead of syncdb.yaml")
    String config;

    @Option(names = "--defaults-file", paramLabel = "FILE",
            description = "MySQL/MariaDB: read the password from this option file ([client] password=) instead of ~/.my.cnf")
    String defaultsFile;
}
