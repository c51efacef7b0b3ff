/**
 * The planning stage: what to compare ({@link dev.syncdb.engine.plan.SyncRequest}), reading the
 * current and desired schemas, resolving renames, diffing, ordering the changes into a plan and
 * checking its risky steps against the live rows (preflight). Nothing here changes the target.
 */
package dev.syncdb.engine.plan;
