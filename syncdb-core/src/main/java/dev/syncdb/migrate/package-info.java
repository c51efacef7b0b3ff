/**
 * Versioned migrations: the migration directory and its file naming ({@code V<version>__<slug>.sql}
 * up, {@code U<version>__<slug>.sql} down), checksums over line-ending-normalized text, the history
 * table {@code syncdb_history}, the state computed from both, the runner that applies one script in
 * a transaction, the lock waiter and the writer of generated files.
 */
package dev.syncdb.migrate;
