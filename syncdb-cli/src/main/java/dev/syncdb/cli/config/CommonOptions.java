package dev.syncdb.cli.config;

import dev.syncdb.SyncdbException;
import dev.syncdb.diff.DiffOptions;
import dev.syncdb.plan.DataFixes;
import picocli.CommandLine.Mixin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings a run is built from, in one object that {@link SettingsResolver}, {@link RunRequest},
 * the Maven plugin and the Spring Boot starter read: the option groups {@link ConnectionOptions},
 * {@link DesiredSchemaOptions}, {@link ComparisonOptions}, {@link OnlineChangeOptions},
 * {@link OutputOptions} and {@link MigrationsOption}. Each command exposes as picocli mixins only the
 * groups it uses (so its help lists only those and any other option is rejected); a group a command
 * does not expose keeps its defaults here. As a mixin itself it brings every group (the root command).
 */
public final class CommonOptions {
    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Mixin
    DesiredSchemaOptions desired = new DesiredSchemaOptions();

    @Mixin
    ComparisonOptions comparison = new ComparisonOptions();

    @Mixin
    OnlineChangeOptions online = new OnlineChangeOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    MigrationsOption migrations = new MigrationsOption();

    /** {@code --url}, {@code --env-file}, {@code --config}, {@code --defaults-file}, {@code --schema-name}. */
    public ConnectionOptions connection() {
        return connection;
    }

    /** {@code --schema}, {@code --entities}, {@code --classpath}, {@code --naming}, {@code --dev-url}, ... */
    public DesiredSchemaOptions desired() {
        return desired;
    }

    /** {@code --rename}, {@code --privileges}, {@code --using}, {@code --backfill}. */
    public ComparisonOptions comparison() {
        return comparison;
    }

    /** {@code --online}, {@code --lock-wait-timeout}, ... */
    public OnlineChangeOptions online() {
        return online;
    }

    /** {@code --quiet}, {@code --verbose}, {@code --no-color}. */
    public OutputOptions output() {
        return output;
    }

    /** {@code --migrations}. */
    public MigrationsOption migrationsOption() {
        return migrations;
    }

    public boolean verbose() {
        return output.verbose;
    }

    public boolean quiet() {
        return output.quiet;
    }

    public boolean noColor() {
        return output.noColor;
    }

    public boolean timings() {
        return desired.timings;
    }

    /** The {@code --migrations} directory as written (relative to the working directory). */
    public String migrations() {
        return migrations.migrations;
    }

    /** The {@code --using} and {@code --backfill} fixes; a malformed one is an error naming it. */
    public DataFixes fixes() {
        return new DataFixes(pairs("--using", comparison.using), pairs("--backfill", comparison.backfill));
    }

    /** The {@code --rename} options as diff options; a malformed one is an error naming it. */
    public DiffOptions diffOptions() {
        DiffOptions o = DiffOptions.DEFAULT;
        for (String v : comparison.rename) {
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
