/**
 * The versioned-migration stage: writing migration files from a plan, and running, undoing,
 * stamping, repairing and reporting them against a database's history table under the migration
 * lock. Migrations are replayed in scratch places to tell drift, stamp targets and downgrade losses.
 */
package dev.syncdb.engine.migrate;
