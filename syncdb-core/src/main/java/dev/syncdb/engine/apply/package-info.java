/**
 * The apply stage: running a plan on the target (in one transaction, or step by step where schema
 * changes cannot be rolled back), after the refusals, confirmation and backup a run asks for; also
 * the use cases that create missing tables or recreate a database from the desired schema.
 */
package dev.syncdb.engine.apply;
