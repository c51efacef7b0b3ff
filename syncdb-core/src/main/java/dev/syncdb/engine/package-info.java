/**
 * The use cases front ends call: one small class per use case, options and results as records.
 * A use case opens what it needs (connection, scratch place) and closes it before returning.
 * The classes are grouped by pipeline stage, in the order a run goes through them:
 * {@link dev.syncdb.engine.session} (the open target and the run's timings),
 * {@link dev.syncdb.engine.desired} (where the desired schema comes from),
 * {@link dev.syncdb.engine.plan} (comparing both schemas into a plan),
 * {@link dev.syncdb.engine.apply} (running a plan on the target),
 * {@link dev.syncdb.engine.verify} (checking what a database is),
 * {@link dev.syncdb.engine.migrate} (versioned migration files) and
 * {@link dev.syncdb.engine.backup} (backups and restores).
 */
package dev.syncdb.engine;
