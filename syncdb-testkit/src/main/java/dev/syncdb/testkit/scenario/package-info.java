/**
 * The one engine every real-database scenario runs on: the round-trip suites of each dialect and
 * the sqldef corpus.
 *
 * <p>A {@link dev.syncdb.testkit.scenario.Scenario} is two schemas of one dialect ({@code current},
 * {@code desired}), optional rows and column renames; the round-trip suites read them from
 * {@code scenarios/<dialect>/NNN-slug/} folders ({@link dev.syncdb.testkit.scenario.ScenarioFolders}).
 * A {@link dev.syncdb.testkit.scenario.ScenarioDatabases} is a dialect's side: fresh databases, SQL
 * loaded directly, catalog lines read without syncdb. The
 * {@link dev.syncdb.testkit.scenario.ScenarioRunner} loads both schemas, then in each direction
 * applies the other one through syncdb and judges the result: a second plan must be empty, the
 * database must match one built from the target SQL directly, and tables kept must keep their rows.
 * {@link dev.syncdb.testkit.scenario.ScenarioOptions} say how strictly.
 */
package dev.syncdb.testkit.scenario;
