package dev.syncdb.cli;

import dev.syncdb.cli.config.CommonOptions;

/** A command that carries the {@link CommonOptions}; lets error handling see {@code --verbose}. */
public interface UsesCommonOptions {

    CommonOptions common();
}
