package dev.syncdb.cli.config;

import java.util.List;

/**
 * Builds {@link CommonOptions} without a command line, for front ends that take their settings from
 * elsewhere (the Maven plugin reads them from the pom). What is not set stays as the command line's
 * default, so {@link SettingsResolver} then looks in {@code DATABASE_URL}, {@code .env} and
 * {@code syncdb.yaml} exactly as it does for the command line.
 */
public final class CommonOptionsBuilder {
    private final CommonOptions options = new CommonOptions();

    /** The database URL ({@code --url}); null leaves it to the environment, {@code .env} and the config file. */
    public CommonOptionsBuilder url(String url) {
        options.connection.url = blankToNull(url);
        return this;
    }

    /** The desired schema's SQL files or directories ({@code --schema}). */
    public CommonOptionsBuilder schema(List<String> paths) {
        options.desired.schema = new java.util.ArrayList<>(paths);
        return this;
    }

    /** The entity package prefixes ({@code --entities}); empty = none. */
    public CommonOptionsBuilder entities(List<String> packages) {
        options.desired.entities = packages.isEmpty() ? null : String.join(",", packages);
        return this;
    }

    /** Where the entity classes are ({@code --classpath}); empty = none. */
    public CommonOptionsBuilder classpath(List<String> entries) {
        options.desired.classpath = entries.isEmpty() ? null : String.join(java.io.File.pathSeparator, entries);
        return this;
    }

    /** The entity naming ({@code --naming}). */
    public CommonOptionsBuilder naming(String naming) {
        options.desired.naming = blankToNull(naming);
        return this;
    }

    /** The managed schema ({@code --schema-name}). */
    public CommonOptionsBuilder schemaName(String name) {
        String n = blankToNull(name);
        options.connection.schemaNames = n == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(List.of(n));
        return this;
    }

    /** The versioned migrations directory ({@code --migrations}). */
    public CommonOptionsBuilder migrations(String dir) {
        if (dir != null && !dir.isBlank()) {
            options.migrations.migrations = dir;
        }
        return this;
    }

    /** Lists what the desired source found ({@code --verbose}). */
    public CommonOptionsBuilder verbose(boolean verbose) {
        options.output.verbose = verbose;
        return this;
    }

    /** Colors off ({@code --no-color}). */
    public CommonOptionsBuilder noColor(boolean noColor) {
        options.output.noColor = noColor;
        return this;
    }

    public CommonOptions build() {
        return options;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
