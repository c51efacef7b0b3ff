package dev.syncdb.cli;

/** A command that carries the {@link CommonOptions}; lets error handling see {@code --verbose}. */
interface UsesCommonOptions {

    CommonOptions common();
}
