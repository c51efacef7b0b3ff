/**
 * The verify stage: checking what a database is without changing it. The
 * {@link dev.syncdb.engine.verify.Verifier} closes every run that changed the target (inspect again,
 * expect no difference); the verify and status use cases report required tables, the match with a
 * desired schema, and where the database stands.
 */
package dev.syncdb.engine.verify;
