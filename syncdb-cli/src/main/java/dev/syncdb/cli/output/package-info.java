/**
 * Everything the command line prints: the text reports for people ({@code *Text}), the JSON reports
 * for machines (all written by {@link dev.syncdb.cli.output.Json}), the progress display, the
 * terminal {@link dev.syncdb.cli.output.Style}, and the one-line error report on stderr.
 */
package dev.syncdb.cli.output;
