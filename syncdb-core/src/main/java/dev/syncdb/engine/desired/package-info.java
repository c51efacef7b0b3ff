/**
 * The desired-state stage: where the desired schema comes from (SQL files materialized in a scratch
 * place of the target's dialect, another database, or entity classes through a
 * {@link dev.syncdb.engine.desired.DesiredSourceProvider} found at run time), read back with the
 * target's own inspector so both sides are normalized alike.
 */
package dev.syncdb.engine.desired;
