package dev.syncdb.cli.config;

import dev.syncdb.SyncdbException;
import dev.syncdb.diff.DiffOptions;
import dev.syncdb.plan.DataFixes;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The options every database command shares: where the database and the desired schema are, and output style. */
public final class CommonOptions {

    @Option(names = "--url", paramLabel = "URL",
            description = "database URL (default: $DATABASE_URL, then DATABASE_URL in .env, then url: in syncdb.yaml)")
    String url;

    @Option(names = "--schema", paramLabel = "PATH",
            description = "desired schema: a .sql file or a directory of them, read in name order (repeatable)")
    List<String> schema = new ArrayList<>();

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

    @Option(names = "--schema-name", paramLabel = "NAME",
            description = "database schema to manage (default: public for PostgreSQL, the URL's database for MySQL);"
                    + " repeatable on PostgreSQL: manages several schemas together, the first is the run's own")
    List<String> schemaNames = new java.util.ArrayList<>();

    /** The {@code --schema-name} values as one name ({@link dev.syncdb.dialect.Namespaces}), or null. */
    String schemaName() {
        return dev.syncdb.dialect.Namespaces.join(schemaNames);
    }

    @Option(names = "--dev-url", paramLabel = "URL",
            description = "database where the desired schema is built for comparison (default: a scratch place next to the target)")
    String devUrl;

    @Option(names = "--desired-url", paramLabel = "URL",
            description = "take the desired schema from this live database instead of --schema (drift between two databases)")
    String desiredUrl;

    @Option(names = "--env-file", paramLabel = "FILE", description = "read DATABASE_URL from this file instead of .env")
    String envFile;

    @Option(names = "--config", paramLabel = "FILE", description = "read settings from this file instead of syncdb.yaml")
    String config;

    @Option(names = "--defaults-file", paramLabel = "FILE",
            description = "MySQL/MariaDB: read the password from this option file ([client] password=) instead of ~/.my.cnf")
    String defaultsFile;

    @Option(names = "--using", paramLabel = "TABLE.COLUMN=EXPR",
            description = "convert a column's values with this SQL expression when its type changes (repeatable)")
    List<String> using = new ArrayList<>();

    @Option(names = "--backfill", paramLabel = "TABLE.COLUMN=VALUE",
            description = "set NULLs of a column to this SQL value before it becomes NOT NULL (repeatable)")
    List<String> backfill = new ArrayList<>();

    @Option(names = "--rename", paramLabel = "OLD=NEW",
            description = "rename instead of drop + add: a table (old=new) or a column (table.old=new) (repeatable)")
    List<String> rename = new ArrayList<>();

    @Option(names = "--privileges",
            description = "also compare privileges (GRANT/REVOKE on the managed tables, views, sequences, routines,"
                    + " types and the schema); off by default, for teams that manage roles elsewhere")
    boolean privileges;

    @Option(names = "--online", negatable = true,
            description = "change live tables without blocking the application (concurrent index builds, NOT VALID"
                    + " + VALIDATE, ALGORITHM=INPLACE/INSTANT, LOCK=NONE; statements committed one by one with a lock"
                    + " timeout); --no-online never. Default: online for tables of --online-threshold-rows or more")
    Boolean online;

    @Option(names = "--online-threshold-rows", paramLabel = "ROWS",
            description = "tables with at least this many estimated rows are changed online unless --no-online (default: 1000000)")
    Long onlineThresholdRows;

    @Option(names = "--lock-wait-timeout", paramLabel = "DURATION",
            description = "in an online apply, how long each schema statement waits for its table lock (e.g. 3s, 500ms;"
                    + " default 3s) before it is retried; not the syncdb run lock (--lock-timeout)")
    String lockWaitTimeout;

    @Option(names = "--lock-retries", paramLabel = "N",
            description = "in an online apply, how many times a statement that timed out waiting for its lock is tried"
                    + " again, with exponential backoff (default: 4); then the run stops (exit 3) naming the lock holder")
    Integer lockRetries;

    @Option(names = "--allow-rewrite",
            description = "let an online plan run a step that rewrites a table under an exclusive lock (refused otherwise)")
    boolean allowRewrite;

    @Option(names = "--migrations", paramLabel = "DIR", defaultValue = "migrations",
            description = "the versioned migrations directory (default: ${DEFAULT-VALUE})")
    String migrations = "migrations";

    @Option(names = "--timings", description = "print how long each phase took (connect, materialize, inspect, diff, plan; cache hit or miss) to stderr")
    boolean timings;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "where inspected desired schemas are cached (default: $SYNCDB_CACHE_DIR, else .syncdb/cache in the working directory)")
    String cacheDir;

    @Option(names = "--no-cache", description = "always build the desired schema; neither read nor write the cache")
    boolean noCache;

    @Option(names = {"-q", "--quiet"}, description = "print only what is essential (SQL for plan; nothing for check)")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "list what the desired source found (e.g. every entity); stack traces on errors")
    boolean verbose;

    @Option(names = "--no-color", description = "plain output without ANSI colors")
    boolean noColor;

    public boolean verbose() {
        return verbose;
    }

    public boolean quiet() {
        return quiet;
    }

    public boolean noColor() {
        return noColor;
    }

    public boolean timings() {
        return timings;
    }

    /** The {@code --migrations} directory as written (relative to the working directory). */
    public String migrations() {
        return migrations;
    }

    /** The {@code --using} and {@code --backfill} fixes; a malformed one is an error naming it. */
    public DataFixes fixes() {
        return new DataFixes(pairs("--using", using), pairs("--backfill", backfill));
    }

    /** The {@code --rename} options as diff options; a malformed one is an error naming it. */
    public DiffOptions diffOptions() {
        DiffOptions o = DiffOptions.DEFAULT;
        for (String v : rename) {
            int eq = v.indexOf('=');
            String left = eq < 0 ? "" : v.substring(0, eq).strip();
            String to = eq < 0 ? "" : v.substring(eq + 1).strip();
            int dot = left.indexOf('.');
            if (left.isEmpty() || to.isEmpty() || to.contains(".") || dot == 0 || dot == left.length() - 1) {
                throw SyncdbException.error("--rename " + v + ": expected OLD=NEW (a table) or TABLE.OLD=NEW (a column)");
            }
            o = dot < 0 ? o.withTableRename(left, to) : o.withColumnRename(left.substring(0, dot), left.substring(dot + 1), to);
        }
        return o;
    }

    private static Map<String, String> pairs(String option, List<String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String v : values) {
            try {
                Map.Entry<String, String> e = DataFixes.parseOption(v);
                out.put(e.getKey(), e.getValue());
            } catch (IllegalArgumentException e) {
                throw SyncdbException.error(option + ": " + e.getMessage());
            }
        }
        return out;
    }
}
