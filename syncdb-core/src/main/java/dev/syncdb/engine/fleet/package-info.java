/**
 * Fleet runs: one desired schema over many databases (or many schemas of one server). The targets
 * ({@link dev.syncdb.engine.fleet.FleetTarget}, read from a targets file, a tenants query or a schema
 * name pattern), the bounded-parallel scheduler with its canary phase
 * ({@link dev.syncdb.engine.fleet.FleetRunner}), the resumable state file
 * ({@link dev.syncdb.engine.fleet.FleetState}), the desired model built once and shared by every
 * target ({@link dev.syncdb.engine.fleet.SharedDesired}) and the grouping of the targets by plan hash
 * ({@link dev.syncdb.engine.fleet.FleetResult}). Each target is run by the single-target use cases.
 */
package dev.syncdb.engine.fleet;
