/**
 * The stage every run starts with: an open connection to the target database with its dialect and
 * managed namespace ({@link dev.syncdb.engine.session.Session}), and the record of how long each
 * phase of the run took ({@link dev.syncdb.engine.session.Timings}).
 */
package dev.syncdb.engine.session;
