/**
 * The fleet options of check, plan, apply, upgrade and status ({@link dev.syncdb.cli.fleet.FleetOptions}:
 * {@code --targets}, {@code --tenants}, {@code --schema-name-pattern}, {@code --parallel},
 * {@code --canary}, {@code --continue-on-error}, {@code --resume}, {@code --state}) and the front end
 * of a fleet run: it gathers the targets, builds each command's per-target work over the engine and
 * prints progress and the summary. The scheduling lives in {@code dev.syncdb.engine.fleet}.
 */
package dev.syncdb.cli.fleet;
