package dev.syncdb.cli.config;

import picocli.CommandLine.Option;

/** How much is printed and how: {@code --quiet}, {@code --verbose}, {@code --no-color}. A picocli mixin of every command. */
public final class OutputOptions {

    @Option(names = {"-q", "--quiet"}, description = "print only what is essential (SQL for plan; nothing for check); no progress")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "list what the desired source found (e.g. every entity); stack traces on errors")
    boolean verbose;

    @Option(names = "--no-color", description = "plain output without ANSI colors")
    boolean noColor;
}
