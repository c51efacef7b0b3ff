/**
 * The difference between two schemas as a closed set of typed changes ({@link dev.syncdb.diff.SchemaChange}),
 * computed by one generic {@link dev.syncdb.diff.Differ} that asks a dialect's {@link dev.syncdb.diff.DiffHooks}
 * only the narrow questions where databases differ.
 */
package dev.syncdb.diff;
