package dev.syncdb.cli.config;

import dev.syncdb.cli.CliContext;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code --require TABLE,...} option: tables that must exist. Repeatable and comma-separated;
 * when it is not given, the {@code require:} list of syncdb.yaml applies.
 */
public final class RequireOption {

    @Option(names = "--require", paramLabel = "TABLE[,TABLE...]", split = ",",
            description = "tables that must exist (default: require: in syncdb.yaml)")
    List<String> require = new ArrayList<>();

    /** The required tables: the option's, else the config file's; blanks dropped, order kept. */
    public List<String> tables(CliContext ctx, CommonOptions common) {
        List<String> names = !require.isEmpty() ? require : new SettingsResolver(ctx).required(common);
        return names.stream().map(String::strip).filter(n -> !n.isEmpty()).distinct().toList();
    }

    public static List<String> split(String text) {
        return new ArrayList<>(Arrays.asList(text.split(",")));
    }
}
