package dev.syncdb.cli.output;

import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

import java.util.List;

/**
 * Whether a command line asked for JSON ({@code --json}, or {@code --format json} on {@code plan} and
 * {@code check}), so that its failure is reported as a JSON document too.
 */
final class JsonRequest {
    private JsonRequest() {
    }

    /** From a parsed command line: the options of the command that ran (the innermost subcommand). */
    static boolean in(ParseResult parsed) {
        if (parsed == null) {
            return false;
        }
        ParseResult p = parsed;
        while (p.hasSubcommand()) {
            p = p.subcommand();
        }
        if (p.hasMatchedOption("--json")) {
            return true;
        }
        OptionSpec format = p.matchedOption("--format");
        return format != null && "json".equals(String.valueOf((Object) format.getValue()));
    }

    /** From the raw arguments, when they could not be parsed. */
    static boolean in(String[] args) {
        List<String> list = List.of(args);
        for (int i = 0; i < list.size(); i++) {
            String a = list.get(i);
            if (a.equals("--")) {
                return false;
            }
            if (a.equals("--json") || a.equals("--format=json")
                    || a.equals("--format") && i + 1 < list.size() && list.get(i + 1).equals("json")) {
                return true;
            }
        }
        return false;
    }
}
